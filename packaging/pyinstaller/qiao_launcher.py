"""The frozen app's entry point: the same `qiao` command line as the installed package."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
