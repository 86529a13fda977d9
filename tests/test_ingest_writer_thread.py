"""``kb ingest --workers``' writes in a thread of their own (kb.parallel._WriterThread): in order,
one batch waiting at most, a write's exception raised in the main thread, and after Ctrl-C only
the batch being written is finished."""

from __future__ import annotations

import threading
import time

import pytest

from kb import parallel
from kb.api import open_kb
from kb.errors import StoreError


def test_batches_are_written_in_order_by_one_thread():
    written, threads = [], set()

    def write(batch):
        threads.add(threading.get_ident())
        time.sleep(0.01)
        written.append(batch)

    writer = parallel._WriterThread(write)
    for n in range(6):
        writer.put([n])
    writer.close()
    assert written == [[n] for n in range(6)]
    assert threads and threading.get_ident() not in threads and len(threads) == 1


def test_put_waits_while_one_batch_waits():
    started, release = threading.Event(), threading.Event()

    def write(batch):
        started.set()
        release.wait(5)

    writer = parallel._WriterThread(write)
    writer.put([1])  # being written
    assert started.wait(5)
    writer.put([2])  # waits in the queue
    third = threading.Thread(target=writer.put, args=([3],))
    third.start()
    third.join(0.2)
    assert third.is_alive()  # no room: the main thread would wait here
    release.set()
    third.join(5)
    writer.close()


def test_a_write_error_is_raised_in_the_main_thread_and_stops_the_writes():
    written = []

    def write(batch):
        if batch == ["bad"]:
            raise StoreError("disk full")
        written.append(batch)

    writer = parallel._WriterThread(write)
    writer.put(["a"])
    writer.put(["bad"])
    with pytest.raises(StoreError, match="disk full"):
        for _ in range(50):  # the next put (or close) raises it
            writer.put(["later"])
            time.sleep(0.01)
        writer.close()
    writer.close()  # raised once
    assert written == [["a"]]


def test_after_an_exception_in_the_main_thread_only_the_batch_being_written_is_finished():
    started, release = threading.Event(), threading.Event()
    written = []

    def write(batch):
        started.set()
        release.wait(5)
        written.append(batch)

    writer = parallel._WriterThread(write)
    writer.put(["first"])
    assert started.wait(5)
    writer.put(["queued"])
    threading.Timer(0.1, release.set).start()
    writer.close(drop=True)
    assert written == [["first"]]


def test_a_store_error_in_a_parallel_ingest_ends_the_run_with_it(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"d{n}.txt").write_text(f"Die Ministerin Anna Berg besuchte am {n + 1}. Mai 2024 Graz.",
                                          encoding="utf-8")

    def broken(store, results):
        raise StoreError("could not write graphs: disk full")

    monkeypatch.setattr(parallel, "_write", broken)
    monkeypatch.setattr(parallel, "BATCH", 2)
    monkeypatch.setattr(parallel, "WRITE_BATCH", 2)
    with open_kb(str(tmp_path / "kb")) as base:
        with pytest.raises(StoreError, match="disk full"):
            parallel.ingest_parallel(base.store, [str(folder)], workers=2, lang="de", published="2024-05-10")
        assert base.documents() == []
