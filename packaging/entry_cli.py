"""PyInstaller entry point of the `cardbox` command (the same as the `cardbox` console script)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The scan pool uses the "spawn" start method: in a frozen app the child re-enters this
    # script, and freeze_support() turns it into a worker instead of a second `cardbox`.
    multiprocessing.freeze_support()
    from cardbox.cli.main import main

    sys.exit(main())
