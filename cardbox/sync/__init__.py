"""Two-way sync of the tarjetero with a phone's address book: CardDAV or a vdir folder.

`storage` is the contract every backend honours; `engine.sync` is the generator that runs a sync.
"""
