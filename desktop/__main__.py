"""`python -m desktop` runs the same command line as `qiao`."""

import sys

from desktop.cli import console_main

sys.exit(console_main())
