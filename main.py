"""Starts JudgePanel: ``python main.py`` is the same program as ``judgepanel``."""

import sys

from judgepanel.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
