"""``python -m kb``: the same command line as ``kb``."""

from kb.cli import main

if __name__ == "__main__":
    main(prog_name="kb")
