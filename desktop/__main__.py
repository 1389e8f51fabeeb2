"""`python -m desktop` runs the same command line as `qiao`."""

import sys

from desktop.cli import main

sys.exit(main())
