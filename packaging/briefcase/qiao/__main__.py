"""How Briefcase starts Qiao: the same `qiao` command line as the installed package."""

import sys

from desktop.cli import main

sys.exit(main())
