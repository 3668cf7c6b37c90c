"""Dialogs around a contact or the whole tarjetero: QR for a phone, export, CardDAV sync."""
