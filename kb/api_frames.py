"""pandas DataFrames from the KB (pandas is an optional extra: ``pip install kb[pandas]``).

Query results become columns of Python values (dates as ``datetime64``,
integers as ``int64``, IRIs and strings as text); the event table is the CSV
export read back, so both carry the same dtypes as ``pd.read_csv`` of an export.
"""

from __future__ import annotations

import datetime as _dt
import io

from .errors import KBError

__all__ = ["rows_frame", "to_dataframe"]


def _pandas():
    try:
        import pandas
    except ImportError:
        raise KBError("DataFrames need pandas: pip install 'kb[pandas]'") from None
    return pandas


def rows_frame(result):
    """A DataFrame of SELECT rows (``.vars`` and row mappings of rdflib terms)."""
    pd = _pandas()
    columns = list(result.vars)
    data = {c: [] for c in columns}
    for row in result:
        for c in columns:
            v = row.get(c)
            data[c].append(None if v is None else (v.toPython() if hasattr(v, "toPython") else v))
    frame = pd.DataFrame(data, columns=columns)
    for c in columns:
        values = [v for v in data[c] if v is not None]
        if values and all(isinstance(v, _dt.date) for v in values):
            frame[c] = pd.to_datetime(frame[c])
        elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            frame[c] = frame[c].astype("Int64" if len(values) < len(data[c]) else "int64")
        elif values and not all(isinstance(v, (bool, int, float)) for v in values):
            frame[c] = frame[c].map(lambda v: None if v is None else str(v))
    return frame


def to_dataframe(base, sparql: str | None = None, *, mentions: bool = False, **filters):
    """Rows of ``sparql`` (a SELECT), or else the event table of the selected events."""
    pd = _pandas()
    if sparql is not None:
        result = base.query(sparql)
        if not hasattr(result, "vars"):
            raise KBError("dataframe() needs a SELECT query")
        return rows_frame(result)
    from .exporters import export_kb

    text = export_kb(base, "csv", mentions=mentions, **filters)
    dates = ["earliest", "latest"] + (["published"] if mentions else [])
    return pd.read_csv(io.StringIO(text), parse_dates=dates, keep_default_na=False, na_values=[""])
