"""PyInstaller entry point of `cardbox-gui` (the same as the `cardbox-gui` gui script)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # scan workers are spawned children of this program
    from cardbox.gui.app import main

    sys.exit(main())
