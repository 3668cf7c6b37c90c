<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/about.py" line="+25"/>
        <source>About cardbox</source>
        <translation>Acerca de cardbox</translation>
    </message>
</context>
<context>
    <name>CardImageView</name>
    <message>
        <location filename="../../cardbox/gui/review/card_image.py" line="+65"/>
        <source>Card image</source>
        <translation>Imagen de la tarjeta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No card image</source>
        <translation>Sin imagen de la tarjeta</translation>
    </message>
</context>
<context>
    <name>CardImages</name>
    <message>
        <location filename="../../cardbox/gui/detail/images.py" line="+58"/>
        <source>Front of the card</source>
        <translation>Anverso de la tarjeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back of the card</source>
        <translation>Reverso de la tarjeta</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../../cardbox/gui/contact_model.py" line="+62"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmth</source>
        <translation>Calidez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Needs review: some fields are doubtful</source>
        <translation>Por revisar: algunos campos son dudosos</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../cardbox/gui/detail/picker.py" line="+21"/>
        <source>Who introduced you?</source>
        <translation>¿Quién te lo presentó?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search a name or a company</source>
        <translation>Busca un nombre o una empresa</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../cardbox/gui/detail/pane.py" line="+82"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick someone in the list, or drop card photos on the window.</source>
        <translation>Elige a alguien de la lista, o suelta fotos de tarjetas en la ventana.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+52"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../cardbox/gui/review/duplicates.py" line="+80"/>
        <source>This card</source>
        <translation>Esta tarjeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already in the tarjetero</source>
        <translation>Ya en el tarjetero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After merging</source>
        <translation>Tras fusionar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into existing contact</source>
        <translation>Fusionar con el contacto existente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both</source>
        <translation>Conservar los dos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web sites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warmth</source>
        <translation>Calidez</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Possible duplicate of {name} ({pct} %): {why}</source>
        <translation>Posible duplicado de {name} ({pct} %): {why}</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <location filename="../../cardbox/gui/scan/event_page.py" line="+32"/>
        <source>e.g. Feria Fitur 2026</source>
        <translation>p. ej. Feria Fitur 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>City or venue (optional)</source>
        <translation>Ciudad o lugar (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where did you meet them?</source>
        <translation>¿Dónde los conociste?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New event…</source>
        <translation>Evento nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event</source>
        <translation>Sin evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}{when} ({count} contacts)</source>
        <translation>{name}{when} ({count} contactos)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Give the new event a name, or choose “No event”.</source>
        <translation>Pon nombre al evento nuevo, o elige «Sin evento».</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/export.py" line="+54"/>
        <location line="+89"/>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warm</source>
        <translation>Templado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vCard 3.0 (.vcf) — phones, Gmail, Outlook</source>
        <translation>vCard 3.0 (.vcf) — móviles, Gmail, Outlook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (.csv)</source>
        <translation>Hoja de cálculo (.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include card photos (bigger file)</source>
        <translation>Incluir las fotos de las tarjetas (archivo más grande)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which contacts</source>
        <translation>Qué contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected ({n})</source>
        <translation>Seleccionados ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current list</source>
        <translation>La lista actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met at event</source>
        <translation>Conocidos en el evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warmth</source>
        <translation>Calidez</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{n} contact(s)</source>
        <translation>{n} contacto(s)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {n} contact(s) to {path}.</source>
        <translation>{n} contacto(s) exportados a {path}.</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <location filename="../../cardbox/gui/detail/fields.py" line="+62"/>
        <source>Prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Provincia / región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>separate several with commas</source>
        <translation>separa varios con comas</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/first_run.py" line="+18"/>
        <location line="+1"/>
        <source>Welcome to cardbox</source>
        <translation>Bienvenido a cardbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cardbox turns photos of business cards into contacts you can search, follow up and take to your phone. Everything stays on this computer.

Would you like to look around a demo tarjetero with fictional people first?</source>
        <translation>cardbox convierte fotos de tarjetas de visita en contactos que puedes buscar, seguir y llevar al móvil. Todo se queda en este ordenador.

¿Quieres echar un vistazo primero a un tarjetero de demostración con personas ficticias?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the demo tarjetero</source>
        <translation>Abrir el tarjetero de demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with an empty tarjetero</source>
        <translation>Empezar con un tarjetero vacío</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cardbox/gui/main_window.py" line="+133"/>
        <source>cardbox — your tarjetero</source>
        <translation>cardbox — tu tarjetero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search names, companies, cities, notes… (Ctrl+F)</source>
        <translation>Busca nombres, empresas, ciudades, notas… (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete contacts</source>
        <translation>Borrar contactos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n contact(s)? Their cards and notes go too.</source>
        <translation>
            <numerusform>¿Borrar %n contacto? Sus tarjetas y notas también se borran.</numerusform>
            <numerusform>¿Borrar %n contactos? Sus tarjetas y notas también se borran.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cardbox/gui/actions.py" line="+45"/>
        <source>&amp;Scan photos…</source>
        <translation>&amp;Escanear fotos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync with phone…</source>
        <translation>Si&amp;ncronizar con el móvil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last edit</source>
        <translation>&amp;Deshacer el último cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New contact</source>
        <translation>Contacto &amp;nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete contact…</source>
        <translation>&amp;Borrar contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;reviewed</source>
        <translation>Marcar como &amp;revisado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code…</source>
        <translation>Código &amp;QR…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About cardbox</source>
        <translation>&amp;Acerca de cardbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set warmth of the selected contact: cold, warm, hot, trusted</source>
        <translation>Calidez del contacto seleccionado: frío, templado, caliente, de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the field being edited</source>
        <translation>Guardar el campo que se edita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note being written</source>
        <translation>Añadir la nota que se escribe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos</source>
        <translation>Soltar fotos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan card photos dropped on the window</source>
        <translation>Escanear las fotos de tarjetas soltadas en la ventana</translation>
    </message>
</context>
<context>
    <name>NotesLog</name>
    <message>
        <location filename="../../cardbox/gui/detail/notes.py" line="+55"/>
        <source>What did you talk about? (Ctrl+Enter adds the note)</source>
        <translation>¿De qué hablasteis? (Ctrl+Intro añade la nota)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted today</source>
        <translation>Contactado hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You were in contact that day</source>
        <translation>Estuvisteis en contacto ese día</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/qr.py" line="+81"/>
        <source>QR code for {name}</source>
        <translation>Código QR de {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point the phone&apos;s camera at the code to add {name} to its contacts.</source>
        <translation>Apunta la cámara del móvil al código para añadir a {name} a sus contactos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out so the code stays readable: {fields}. Export a .vcf to send everything.</source>
        <translation>Se omite para que el código siga siendo legible: {fields}. Exporta un .vcf para enviarlo todo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>long notes</source>
        <translation>notas largas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other vCard fields</source>
        <translation>otros campos de la vCard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>social profiles</source>
        <translation>perfiles sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>job history</source>
        <translation>historial de puestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warmth history</source>
        <translation>historial de calidez</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>web sites</source>
        <translation>sitios web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>extra emails</source>
        <translation>correos adicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra phones</source>
        <translation>teléfonos adicionales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes and other vCard fields</source>
        <translation>notas y otros campos de la vCard</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save QR code</source>
        <translation>Guardar código QR</translation>
    </message>
</context>
<context>
    <name>RelationForm</name>
    <message>
        <location filename="../../cardbox/gui/detail/relation.py" line="+115"/>
        <source>Met at</source>
        <translation>Conocido en</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to event</source>
        <translation>Añadir a un evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduced by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>event name, then Enter</source>
        <translation>nombre del evento e Intro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separate several with commas</source>
        <translation>separa varios con comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No follow-up</source>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove from this event</source>
        <translation>Quitar de este evento</translation>
    </message>
</context>
<context>
    <name>ReviewFields</name>
    <message>
        <location filename="../../cardbox/gui/review/fields.py" line="+34"/>
        <source>Prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web sites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Provincia / región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (ISO)</source>
        <translation>País (ISO)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>OCR {pct} %</source>
        <translation>OCR {pct} %</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../cardbox/gui/review/view.py" line="+58"/>
        <source>Accept (Enter)</source>
        <translation>Aceptar (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete card…</source>
        <translation>Borrar tarjeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warm</source>
        <translation>Templado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing to review. Drop card photos on the window to scan them.</source>
        <translation>Nada que revisar. Suelta fotos de tarjetas en la ventana para escanearlas.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Card {i} of {n}</source>
        <translation>Tarjeta {i} de {n}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete card</source>
        <translation>Borrar tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the card of {name}? You can undo this with Ctrl+Z.</source>
        <translation>¿Borrar la tarjeta de {name}? Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../cardbox/gui/scan/dialog.py" line="+100"/>
        <source>Scan business cards</source>
        <translation>Escanear tarjetas de visita</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} photo(s) to scan. Each card found becomes a contact to review.</source>
        <translation>{n} foto(s) para escanear. Cada tarjeta encontrada será un contacto por revisar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Looking for cards…</source>
        <translation>Buscando tarjetas…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stopping after the current card…</source>
        <translation>Parando tras la tarjeta actual…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scanning {label}</source>
        <translation>Escaneando {label}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Some fields need a look</source>
        <translation>Algunos campos necesitan un vistazo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not scanned: {reason}</source>
        <translation>Sin escanear: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already scanned</source>
        <translation>ya escaneada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This photo is already in the tarjetero; it was not scanned again.</source>
        <translation>Esta foto ya está en el tarjetero; no se ha vuelto a escanear.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan stopped</source>
        <translation>Escaneo detenido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan cancelled.</source>
        <translation>Escaneo cancelado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan finished.</source>
        <translation>Escaneo terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cards} card(s) found in {photos} photo(s); {review} need a closer look; {errors} error(s).</source>
        <translation>{cards} tarjeta(s) encontradas en {photos} foto(s); {review} necesitan un vistazo; {errors} error(es).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review {n} cards</source>
        <translation>Revisar {n} tarjetas</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/shortcuts.py" line="+20"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../cardbox/gui/sidebar.py" line="+49"/>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect</source>
        <translation>Retomar contacto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warmth</source>
        <translation>Calidez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../cardbox/gui/dialogs/sync.py" line="+76"/>
        <source>Sync with your phone (CardDAV)</source>
        <translation>Sincronizar con el móvil (CardDAV)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find address books</source>
        <translation>Buscar libretas de direcciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address book</source>
        <translation>Libreta de direcciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your contacts stay on this computer until you sync.</source>
        <translation>Tus contactos se quedan en este ordenador hasta que sincronices.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+46"/>
        <source>saved in the system keyring</source>
        <translation>guardada en el llavero del sistema</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync is not available in this build of cardbox.</source>
        <translation>La sincronización no está disponible en esta versión de cardbox.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connecting to {url}…</source>
        <translation>Conectando con {url}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found {n} address book(s). Choose one and save.</source>
        <translation>{n} libreta(s) de direcciones encontradas. Elige una y guarda.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sync stopped: nothing was deleted.</source>
        <translation>Sincronización detenida: no se ha borrado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced. On this computer: {cl} new, {ul} updated, {dl} deleted. On the server: {cr} new, {ur} updated, {dr} deleted. {errors} problem(s).</source>
        <translation>Sincronizado. En este ordenador: {cl} nuevos, {ul} actualizados, {dl} borrados. En el servidor: {cr} nuevos, {ur} actualizados, {dr} borrados. {errors} problema(s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm deletions</source>
        <translation>Confirmar los borrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sync would delete {n} contacts. Delete them?</source>
        <translation>Esta sincronización borraría {n} contactos. ¿Borrarlos?</translation>
    </message>
</context>
<context>
    <name>ViewsMixin</name>
    <message>
        <location filename="../../cardbox/gui/window_views.py" line="+41"/>
        <source>Scan card photos</source>
        <translation>Escanear fotos de tarjetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported %1 contacts from %2 file(s).</source>
        <translation>Importados %1 contactos de %2 archivo(s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cards could not be read.</source>
        <translation>%1 tarjetas no se pudieron leer.</translation>
    </message>
</context>
<context>
    <name>WarmthButtons</name>
    <message>
        <location filename="../../cardbox/gui/detail/relation.py" line="-88"/>
        <source>Set warmth (key {key} in the list)</source>
        <translation>Fijar la calidez (tecla {key} en la lista)</translation>
    </message>
</context>
<context>
    <name>ZoomDialog</name>
    <message>
        <location filename="../../cardbox/gui/detail/images.py" line="-36"/>
        <source>Card image</source>
        <translation>Imagen de la tarjeta</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../cardbox/gui/errors.py" line="+32"/>
        <source>The tarjetero at {path} is busy: another cardbox is writing to it. Try again in a moment.</source>
        <translation>El tarjetero de {path} está ocupado: otro cardbox está escribiendo en él. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tarjetero at {path} was written by a newer version of cardbox. Update cardbox to open it.</source>
        <translation>El tarjetero de {path} lo escribió una versión más nueva de cardbox. Actualiza cardbox para abrirlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tarjetero at {path} cannot be used: {detail}</source>
        <translation>No se puede usar el tarjetero de {path}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: {what} {value}.</source>
        <translation>No encontrado: {what} {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source}, card {number}: this vCard cannot be read ({detail}).</source>
        <translation>{source}, tarjeta {number}: no se puede leer esta vCard ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: this image cannot be read ({detail}).</source>
        <translation>{path}: no se puede leer esta imagen ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesseract OCR is not usable ({detail}). Install it with: sudo apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng</source>
        <translation>No se puede usar el OCR Tesseract ({detail}). Instálalo con: sudo apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with {server} failed: {detail}</source>
        <translation>Falló la sincronización con {server}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file {name} cannot be used: {reason}</source>
        <translation>No se puede usar el archivo {name}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside cardbox. Your data is safe; the details are in {log}.</source>
        <translation>Algo ha fallado dentro de cardbox. Tus datos están a salvo; los detalles están en {log}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cardbox</source>
        <translation>cardbox</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../cardbox/gui/detail/provenance.py" line="+16"/>
        <source>typed by you</source>
        <translation>escrito por ti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from scan #{ref}</source>
        <translation>del escaneo n.º {ref}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from a scan</source>
        <translation>de un escaneo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the card&apos;s QR code</source>
        <translation>del código QR de la tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported from {ref}</source>
        <translation>importado de {ref}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the sync server {ref}</source>
        <translation>del servidor de sincronización {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept from a merge</source>
        <translation>conservado de una fusión</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../cardbox/gui/reasons.py" line="+13"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trusted contact</source>
        <translation>contacto de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hot contact</source>
        <translation>contacto caliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed jobs since you met</source>
        <translation>ha cambiado de trabajo desde que os conocisteis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>introduced you to other people</source>
        <translation>te ha presentado a otras personas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} days without contact</source>
        <translation>{days} días sin contacto</translation>
    </message>
</context>
<context>
    <name>warmth</name>
    <message>
        <location filename="../../cardbox/gui/contact_model.py" line="-125"/>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm</source>
        <translation>Templado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
</context>
</TS>
