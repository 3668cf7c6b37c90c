<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/about.py" line="+25" />
        <source>About cardbox</source>
        <translation>About cardbox</translation>
    </message>
</context>
<context>
    <name>CardImageView</name>
    <message>
        <location filename="../../cardbox/gui/review/card_image.py" line="+65" />
        <source>Card image</source>
        <translation>Card image</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No card image</source>
        <translation>No card image</translation>
    </message>
</context>
<context>
    <name>CardImages</name>
    <message>
        <location filename="../../cardbox/gui/detail/images.py" line="+58" />
        <source>Front of the card</source>
        <translation>Front of the card</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back of the card</source>
        <translation>Back of the card</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../../cardbox/gui/contact_model.py" line="+62" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warmth</source>
        <translation>Warmth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="+111" />
        <source>Needs review: some fields are doubtful</source>
        <translation>Needs review: some fields are doubtful</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../cardbox/gui/detail/picker.py" line="+21" />
        <source>Who introduced you?</source>
        <translation>Who introduced you?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search a name or a company</source>
        <translation>Search a name or a company</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../cardbox/gui/detail/pane.py" line="+82" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No contact selected</source>
        <translation>No contact selected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pick someone in the list, or drop card photos on the window.</source>
        <translation>Pick someone in the list, or drop card photos on the window.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+52" />
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../cardbox/gui/review/duplicates.py" line="+80" />
        <source>This card</source>
        <translation>This card</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Already in the tarjetero</source>
        <translation>Already in the tarjetero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After merging</source>
        <translation>After merging</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Merge into existing contact</source>
        <translation>Merge into existing contact</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Web sites</source>
        <translation>Web sites</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warmth</source>
        <translation>Warmth</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Possible duplicate of {name} ({pct} %): {why}</source>
        <translation>Possible duplicate of {name} ({pct} %): {why}</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <location filename="../../cardbox/gui/scan/event_page.py" line="+32" />
        <source>e.g. Feria Fitur 2026</source>
        <translation>e.g. Feria Fitur 2026</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+7" />
        <source>City or venue (optional)</source>
        <translation>City or venue (optional)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where did you meet them?</source>
        <translation>Where did you meet them?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event name</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No event</source>
        <translation>No event</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name}{when} ({count} contacts)</source>
        <translation>{name}{when} ({count} contacts)</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Give the new event a name, or choose “No event”.</source>
        <translation>Give the new event a name, or choose “No event”.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/export.py" line="+54" />
        <location line="+89" />
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location line="-82" />
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hot</source>
        <translation>Hot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location line="+3" />
        <source>vCard 3.0 (.vcf) — phones, Gmail, Outlook</source>
        <translation>vCard 3.0 (.vcf) — phones, Gmail, Outlook</translation>
    </message>
    <message>
        <location line="+0" />
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spreadsheet (.csv)</source>
        <translation>Spreadsheet (.csv)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Include card photos (bigger file)</source>
        <translation>Include card photos (bigger file)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Which contacts</source>
        <translation>Which contacts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Selected ({n})</source>
        <translation>Selected ({n})</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Current list</source>
        <translation>Current list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Met at event</source>
        <translation>Met at event</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warmth</source>
        <translation>Warmth</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{n} contact(s)</source>
        <translation>{n} contact(s)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+2" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exported {n} contact(s) to {path}.</source>
        <translation>Exported {n} contact(s) to {path}.</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <location filename="../../cardbox/gui/detail/fields.py" line="+62" />
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family names</source>
        <translation>Family names</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+1" />
        <source>separate several with commas</source>
        <translation>separate several with commas</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/first_run.py" line="+18" />
        <location line="+1" />
        <source>Welcome to cardbox</source>
        <translation>Welcome to cardbox</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cardbox turns photos of business cards into contacts you can search, follow up and take to your phone. Everything stays on this computer.

Would you like to look around a demo tarjetero with fictional people first?</source>
        <translation>cardbox turns photos of business cards into contacts you can search, follow up and take to your phone. Everything stays on this computer.

Would you like to look around a demo tarjetero with fictional people first?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open the demo tarjetero</source>
        <translation>Open the demo tarjetero</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start with an empty tarjetero</source>
        <translation>Start with an empty tarjetero</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cardbox/gui/main_window.py" line="+133" />
        <source>cardbox — your tarjetero</source>
        <translation>cardbox — your tarjetero</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search names, companies, cities, notes… (Ctrl+F)</source>
        <translation>Search names, companies, cities, notes… (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+148" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message>
        <location line="+29" />
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Delete contacts</source>
        <translation>Delete contacts</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %n contact(s)? Their cards and notes go too.</source>
        <translation>
            <numerusform>Delete %n contact? Their cards and notes go too.</numerusform><numerusform>Delete %n contacts? Their cards and notes go too.</numerusform></translation>
    </message>
    <message>
        <location filename="../../cardbox/gui/actions.py" line="+45" />
        <source>&amp;Scan photos…</source>
        <translation>&amp;Scan photos…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ync with phone…</source>
        <translation>S&amp;ync with phone…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo last edit</source>
        <translation>&amp;Undo last edit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New contact</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete contact…</source>
        <translation>&amp;Delete contact…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark as &amp;reviewed</source>
        <translation>Mark as &amp;reviewed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;QR code…</source>
        <translation>&amp;QR code…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About cardbox</source>
        <translation>&amp;About cardbox</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Set warmth of the selected contact: cold, warm, hot, trusted</source>
        <translation>Set warmth of the selected contact: cold, warm, hot, trusted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the field being edited</source>
        <translation>Save the field being edited</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the note being written</source>
        <translation>Add the note being written</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop photos</source>
        <translation>Drop photos</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scan card photos dropped on the window</source>
        <translation>Scan card photos dropped on the window</translation>
    </message>
</context>
<context>
    <name>NotesLog</name>
    <message>
        <location filename="../../cardbox/gui/detail/notes.py" line="+55" />
        <source>What did you talk about? (Ctrl+Enter adds the note)</source>
        <translation>What did you talk about? (Ctrl+Enter adds the note)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contacted today</source>
        <translation>Contacted today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+10" />
        <source>You were in contact that day</source>
        <translation>You were in contact that day</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/qr.py" line="+81" />
        <source>QR code for {name}</source>
        <translation>QR code for {name}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Point the phone's camera at the code to add {name} to its contacts.</source>
        <translation>Point the phone's camera at the code to add {name} to its contacts.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Left out so the code stays readable: {fields}. Export a .vcf to send everything.</source>
        <translation>Left out so the code stays readable: {fields}. Export a .vcf to send everything.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+16" />
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>long notes</source>
        <translation>long notes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>other vCard fields</source>
        <translation>other vCard fields</translation>
    </message>
    <message>
        <location line="+0" />
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location line="+0" />
        <source>social profiles</source>
        <translation>social profiles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+0" />
        <source>job history</source>
        <translation>job history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>warmth history</source>
        <translation>warmth history</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>web sites</source>
        <translation>web sites</translation>
    </message>
    <message>
        <location line="+0" />
        <source>extra emails</source>
        <translation>extra emails</translation>
    </message>
    <message>
        <location line="+1" />
        <source>extra phones</source>
        <translation>extra phones</translation>
    </message>
    <message>
        <location line="+0" />
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <location line="+1" />
        <source>notes and other vCard fields</source>
        <translation>notes and other vCard fields</translation>
    </message>
    <message>
        <location line="+22" />
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save QR code</source>
        <translation>Save QR code</translation>
    </message>
</context>
<context>
    <name>RelationForm</name>
    <message>
        <location filename="../../cardbox/gui/detail/relation.py" line="+115" />
        <source>Met at</source>
        <translation>Met at</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to event</source>
        <translation>Add to event</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <location line="+3" />
        <source>event name, then Enter</source>
        <translation>event name, then Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>separate several with commas</source>
        <translation>separate several with commas</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="-2" />
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Remove from this event</source>
        <translation>Remove from this event</translation>
    </message>
</context>
<context>
    <name>ReviewFields</name>
    <message>
        <location filename="../../cardbox/gui/review/fields.py" line="+34" />
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family names</source>
        <translation>Family names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web sites</source>
        <translation>Web sites</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country (ISO)</source>
        <translation>Country (ISO)</translation>
    </message>
    <message>
        <location line="+93" />
        <source>OCR {pct} %</source>
        <translation>OCR {pct} %</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../cardbox/gui/review/view.py" line="+58" />
        <source>Accept (Enter)</source>
        <translation>Accept (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete card…</source>
        <translation>Delete card…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hot</source>
        <translation>Hot</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Nothing to review. Drop card photos on the window to scan them.</source>
        <translation>Nothing to review. Drop card photos on the window to scan them.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Card {i} of {n}</source>
        <translation>Card {i} of {n}</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Delete card</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the card of {name}? You can undo this with Ctrl+Z.</source>
        <translation>Delete the card of {name}? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../cardbox/gui/scan/dialog.py" line="+100" />
        <source>Scan business cards</source>
        <translation>Scan business cards</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{n} photo(s) to scan. Each card found becomes a contact to review.</source>
        <translation>{n} photo(s) to scan. Each card found becomes a contact to review.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+21" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Looking for cards…</source>
        <translation>Looking for cards…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Stopping after the current card…</source>
        <translation>Stopping after the current card…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Scanning {label}</source>
        <translation>Scanning {label}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Some fields need a look</source>
        <translation>Some fields need a look</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not scanned: {reason}</source>
        <translation>Not scanned: {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>already scanned</source>
        <translation>already scanned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This photo is already in the tarjetero; it was not scanned again.</source>
        <translation>This photo is already in the tarjetero; it was not scanned again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Scan stopped</source>
        <translation>Scan stopped</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Scan cancelled.</source>
        <translation>Scan cancelled.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scan finished.</source>
        <translation>Scan finished.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{cards} card(s) found in {photos} photo(s); {review} need a closer look; {errors} error(s).</source>
        <translation>{cards} card(s) found in {photos} photo(s); {review} need a closer look; {errors} error(s).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Review {n} cards</source>
        <translation>Review {n} cards</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/shortcuts.py" line="+20" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../cardbox/gui/sidebar.py" line="+49" />
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Warmth</source>
        <translation>Warmth</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/sync.py" line="+76" />
        <source>Sync with your phone (CardDAV)</source>
        <translation>Sync with your phone (CardDAV)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Find address books</source>
        <translation>Find address books</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Server URL</source>
        <translation>Server URL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your contacts stay on this computer until you sync.</source>
        <translation>Your contacts stay on this computer until you sync.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+46" />
        <source>saved in the system keyring</source>
        <translation>saved in the system keyring</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sync is not available in this build of cardbox.</source>
        <translation>Sync is not available in this build of cardbox.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Connecting to {url}…</source>
        <translation>Connecting to {url}…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Found {n} address book(s). Choose one and save.</source>
        <translation>Found {n} address book(s). Choose one and save.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Sync stopped: nothing was deleted.</source>
        <translation>Sync stopped: nothing was deleted.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Synced. On this computer: {cl} new, {ul} updated, {dl} deleted. On the server: {cr} new, {ur} updated, {dr} deleted. {errors} problem(s).</source>
        <translation>Synced. On this computer: {cl} new, {ul} updated, {dl} deleted. On the server: {cr} new, {ur} updated, {dr} deleted. {errors} problem(s).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Confirm deletions</source>
        <translation>Confirm deletions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This sync would delete {n} contacts. Delete them?</source>
        <translation>This sync would delete {n} contacts. Delete them?</translation>
    </message>
</context>
<context>
    <name>ViewsMixin</name>
    <message>
        <location filename="../../cardbox/gui/window_views.py" line="+41" />
        <source>Scan card photos</source>
        <translation>Scan card photos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Imported %1 contacts from %2 file(s).</source>
        <translation>Imported %1 contacts from %2 file(s).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cards could not be read.</source>
        <translation>%1 cards could not be read.</translation>
    </message>
</context>
<context>
    <name>WarmthButtons</name>
    <message>
        <location filename="../../cardbox/gui/detail/relation.py" line="-88" />
        <source>Set warmth (key {key} in the list)</source>
        <translation>Set warmth (key {key} in the list)</translation>
    </message>
</context>
<context>
    <name>ZoomDialog</name>
    <message>
        <location filename="../../cardbox/gui/detail/images.py" line="-36" />
        <source>Card image</source>
        <translation>Card image</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../cardbox/gui/errors.py" line="+32" />
        <source>The tarjetero at {path} is busy: another cardbox is writing to it. Try again in a moment.</source>
        <translation>The tarjetero at {path} is busy: another cardbox is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tarjetero at {path} was written by a newer version of cardbox. Update cardbox to open it.</source>
        <translation>The tarjetero at {path} was written by a newer version of cardbox. Update cardbox to open it.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tarjetero at {path} cannot be used: {detail}</source>
        <translation>The tarjetero at {path} cannot be used: {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not found: {what} {value}.</source>
        <translation>Not found: {what} {value}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{source}, card {number}: this vCard cannot be read ({detail}).</source>
        <translation>{source}, card {number}: this vCard cannot be read ({detail}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path}: this image cannot be read ({detail}).</source>
        <translation>{path}: this image cannot be read ({detail}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tesseract OCR is not usable ({detail}). Install it with: sudo apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng</source>
        <translation>Tesseract OCR is not usable ({detail}). Install it with: sudo apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync with {server} failed: {detail}</source>
        <translation>Sync with {server} failed: {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The file {name} cannot be used: {reason}</source>
        <translation>The file {name} cannot be used: {reason}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Something went wrong inside cardbox. Your data is safe; the details are in {log}.</source>
        <translation>Something went wrong inside cardbox. Your data is safe; the details are in {log}.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>cardbox</source>
        <translation>cardbox</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../cardbox/gui/detail/provenance.py" line="+16" />
        <source>typed by you</source>
        <translation>typed by you</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from scan #{ref}</source>
        <translation>from scan #{ref}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>from a scan</source>
        <translation>from a scan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>from the card's QR code</source>
        <translation>from the card's QR code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>imported from {ref}</source>
        <translation>imported from {ref}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from the sync server {ref}</source>
        <translation>from the sync server {ref}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kept from a merge</source>
        <translation>kept from a merge</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../cardbox/gui/reasons.py" line="+13" />
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+1" />
        <source>trusted contact</source>
        <translation>trusted contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hot contact</source>
        <translation>hot contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>changed jobs since you met</source>
        <translation>changed jobs since you met</translation>
    </message>
    <message>
        <location line="+1" />
        <source>introduced you to other people</source>
        <translation>introduced you to other people</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{days} days without contact</source>
        <translation>{days} days without contact</translation>
    </message>
</context>
<context>
    <name>warmth</name>
    <message>
        <location filename="../../cardbox/gui/contact_model.py" line="-125" />
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hot</source>
        <translation>Hot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
</context>
</TS>