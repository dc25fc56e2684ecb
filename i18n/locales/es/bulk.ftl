# Invitación masiva: el archivo, su vista previa, el progreso del trabajo y el resultado de cada fila.

## Columnas y formatos de un archivo (los encabezados del propio archivo no se traducen).

bulk-column-email = Dirección de correo electrónico
bulk-column-display-name = Nombre para mostrar
bulk-column-given-name = Nombre
bulk-column-surname = Apellidos
bulk-column-company = Empresa
bulk-column-sponsors = Patrocinadores
bulk-column-groups = Grupos
bulk-column-language = Idioma del mensaje
bulk-column-cc = Copia a (CC)
bulk-column-user-type = Tipo de usuario
bulk-column-redirect = URL de redirección
bulk-column-send-mail = Enviar correo de invitación
bulk-column-message = Mensaje personal
bulk-format-entra = la plantilla de invitación masiva de Microsoft Entra
bulk-format-csv = un archivo CSV
bulk-format-addresses = una lista de direcciones

## Lectura del archivo.

bulk-line-error = Línea { $line }: { $text }
bulk-line-column-error = Línea { $line }, columna «{ $column }»: { $text }
bulk-cell-no-email = no hay dirección de correo electrónico. Rellénela o descarte la fila.
bulk-cell-send-mail = «{ $value }» no es ni true ni false. Escriba true para enviar el correo de invitación de Microsoft, false para no enviarlo.
bulk-cell-user-type = «{ $value }» no es un tipo de usuario. Escriba Guest o Member (o déjelo vacío para Guest).
bulk-file-too-large = El archivo ocupa { $size } MB; Guestlist admite como máximo { $max } MB ({ $rows } filas) a la vez. Divídalo en archivos más pequeños y envíe cada uno.
bulk-file-empty = El archivo está vacío. Use la plantilla o pegue las direcciones, una por línea.
bulk-file-template-version = Línea { $line }: esta es la versión «{ $version }» de la plantilla de invitación masiva de Microsoft; Guestlist lee la versión v1.0. Vuelva a descargar la plantilla.
bulk-file-unclosed-quote = Línea { $line }: unas comillas (") abren ahí una celda y nunca se cierran, así que el resto del archivo se leería como una sola celda. Cierre las comillas o elimínelas.
bulk-file-header-unreadable = Línea { $line }: no se puede leer la fila de encabezado ({ $error }).
bulk-file-no-header = El archivo no tiene fila de encabezado. Use la plantilla o pegue las direcciones, una por línea.
bulk-file-two-columns = Línea { $line }: las columnas «{ $earlier }» y «{ $header }» contienen ambas: { $column }. Elija cuál usar.
bulk-file-no-email-column = Línea { $line }: ninguna columna contiene las direcciones de correo. Llame a una «Email address to invite [inviteeEmail]» o «email», o elija qué columna las contiene.
bulk-line-unreadable = esta línea no se puede leer ({ $error }).
bulk-line-too-many-cells-commas = esta línea tiene { $cells } celdas pero la fila de encabezado solo { $headers }: ¿un separador dentro de una celda? Ponga entre comillas dobles las celdas con comas.
bulk-line-too-many-cells-semicolons = esta línea tiene { $cells } celdas pero la fila de encabezado solo { $headers }: ¿un separador dentro de una celda? Ponga entre comillas dobles las celdas con punto y coma.
bulk-file-too-many-rows = El archivo tiene más de { $max } filas; Guestlist admite como máximo { $max } a la vez. Divídalo en archivos más pequeños y envíe cada uno.
bulk-file-nobody = El archivo tiene una fila de encabezado, pero nadie a quien invitar debajo.
bulk-line-too-many-addresses = Guestlist admite como máximo { $max } direcciones a la vez; esta y las siguientes se dejaron fuera.

## Lo que encontró la vista previa y lo que hace la confirmación.

bulk-verdict-new = Nuevo
bulk-verdict-existing = Ya en el directorio
bulk-verdict-blocked = Bloqueado
bulk-verdict-invalid = No válido
bulk-verdict-duplicate = Duplicado
bulk-verdict-needs-approval = Requiere aprobación
bulk-verdict-unreadable = Ilegible
bulk-choice-skip = Omitirlos
bulk-choice-resend = Reenviar la invitación (un enlace nuevo)
bulk-choice-reset = Restablecer su canje
bulk-plan-dropped = Descartada
bulk-plan-invite = Invitar
bulk-plan-ask = Pedir a un aprobador
bulk-plan-resend = Reenviar
bulk-plan-reset = Restablecer el canje
bulk-plan-skip = Omitir
bulk-summary-new = { $count } para invitar
bulk-summary-needs-approval = { $count } requieren aprobación
bulk-summary-existing = { $count } ya en el directorio
bulk-summary-blocked = { $count ->
        [one] { $count } bloqueada
       *[other] { $count } bloqueadas
    }
bulk-summary-invalid = { $count ->
        [one] { $count } no válida
       *[other] { $count } no válidas
    }
bulk-summary-duplicate = { $count ->
        [one] { $count } duplicada
       *[other] { $count } duplicadas
    }
bulk-summary-dropped = { $count ->
        [one] { $count } descartada
       *[other] { $count } descartadas
    }
bulk-summary-unreadable = { $count ->
        [one] { $count } línea ilegible
       *[other] { $count } líneas ilegibles
    }
bulk-summary-separator = {", "}
bulk-summary = { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }: { $parts }. Al confirmar se envían { $send }.
bulk-summary-asking = { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }: { $parts }. Al confirmar se envían { $send } y se pide a un aprobador { $ask }.

## Por qué una fila está como está.

bulk-reason-duplicate = La misma dirección está en la línea { $line }: solo se usa esa fila. Descarte esta o corrija su dirección.
bulk-reason-cell = { $column }: { $text }
bulk-reason-address-unusable = { $column }: «{ $email }» no se puede invitar: { $error }. Microsoft no acepta direcciones con «+» o caracteres similares; pida la dirección sencilla de la persona.
bulk-reason-not-checked = No se pudo comprobar: { $error } Corrija o vuelva a comprobar la fila para intentarlo de nuevo.
bulk-reason-no-sponsor = Indique un patrocinador en la fila: nadie tiene la sesión iniciada para serlo (en la línea de comandos, use --as con su nombre de usuario).
bulk-reason-existing-member = Ya está en el directorio como { $name } ({ $upn }), un miembro de su organización: no necesita invitación.
bulk-reason-existing-pending = Ya está en el directorio como { $name } ({ $upn }), un invitado que aún no ha aceptado: reenvíe para darle un enlace nuevo.
bulk-reason-existing-guest = Ya está en el directorio como { $name } ({ $upn }), un invitado ({ $state }): restablezca su canje si debe volver a aceptar.
bulk-reason-existing-external = Ya está en el directorio como { $name } ({ $upn }), un usuario externo.
bulk-reason-existing = Ya está en el directorio como { $name } ({ $upn }).
bulk-reason-admins-approve = los administradores de Guestlist
bulk-reason-needs-approval = { $why } Quién aprueba: { $who }.

## Cambiar y enviar una invitación masiva.

bulk-no-such = No existe esa invitación masiva (o ya no existe). Empiece una nueva en la página Invitación masiva.
bulk-someone-elses-change = Esta invitación masiva es de otra persona: solo quien la creó puede cambiarla o enviarla.
bulk-someone-elses-see = Esta invitación masiva es de otra persona: solo quien la creó y los administradores pueden verla.
bulk-sent-already-job = Esta invitación masiva ya se envió (trabajo { $job }); sus filas ya no pueden cambiar. Vuelva a intentar las filas fallidas como un trabajo nuevo.
bulk-sent-already-requests = Esta invitación masiva ya se envió: sus solicitudes están con los aprobadores (vea Mis solicitudes) y sus filas ya no pueden cambiar.
bulk-no-such-row = No hay fila { $number }: esta invitación masiva tiene { $count } filas.
bulk-choice-not-existing = La fila { $number } no es nadie que ya esté en el directorio: no hay nada que reenviar ni restablecer.
bulk-choice-member = { $upn } es miembro de su organización, no un usuario externo: no necesita invitación.
bulk-nothing-to-send = No se enviaría nada: ninguna fila es nueva y no hay nadie del directorio marcado para reenviar o restablecer. Corrija filas, o elija reenviar o restablecer.
bulk-reason-needed = { $count ->
        [one] { $count } fila necesita
       *[other] { $count } filas necesitan
    } la aprobación de un aprobador: indique por qué se necesitan estos invitados (la justificación de negocio), para que los aprobadores decidan.
bulk-retry-not-sent = Esta invitación masiva aún no se ha enviado: no hay filas fallidas que reintentar.
bulk-retry-running = El trabajo { $job } sigue en curso: espere a que termine y después reintente sus filas fallidas.
bulk-retry-nothing = No falló ninguna fila: no hay nada que reintentar.
bulk-retry-source = Filas fallidas de { $source }
bulk-steer-not-sent = Esta invitación masiva aún no se ha enviado: no hay ningún trabajo que pausar, reanudar o cancelar.
bulk-steer-unknown = Un trabajo se puede pausar, reanudar o cancelar.

## El progreso del trabajo.

bulk-progress-sentence = { $done } de { $total } hechas, { $failed } fallidas, { $remaining } pendientes{ $cancelled ->
        [0] {""}
       *[other] , { $cancelled } canceladas
    }{ $pace }.
bulk-progress-pace = { $rate } por segundo
bulk-progress-pace-left = { $rate } por segundo, faltan unos { $left }
bulk-progress-paused = En pausa automática: Microsoft Graph está ocupado o no responde. Continúa por sí solo a las { $at }; mientras tanto no se pierde nada.
bulk-progress-status = { $state } — { $percent } %. { $sentence }
bulk-duration-seconds = { $n } s
bulk-duration-minutes = { $n } min
bulk-duration-hours = { $n } h

## El resultado de cada fila.

bulk-outcome-invited = Invitado
bulk-outcome-resent = Reenviada
bulk-outcome-reset = Canje restablecido
bulk-outcome-found-after-interruption = Encontrado en el directorio tras un intento interrumpido: no se invitó dos veces; sus grupos, acceso a aplicaciones y propiedades se volvieron a establecer.
bulk-outcome-step-failed = Paso fallido: { $step }.
bulk-outcome-dropped = Descartada
bulk-outcome-requested = Solicitud { $request } enviada para aprobación
bulk-outcome-not-sent = Aún no enviada
bulk-outcome-skipped = Omitida: { $verdict }

## Las páginas de Invitación masiva.

bulk-title = Invitación masiva
bulk-lead = Invite a muchas personas a la vez desde un archivo CSV o una lista pegada. Guestlist comprueba primero cada fila —quién es nuevo, quién ya está en su directorio, qué se rechazaría y por qué— y no envía nada hasta que usted confirma.
bulk-map-column = Columna «{ $header }»
bulk-map-ignore = Ignorar esta columna
bulk-map-legend = Qué contiene cada columna
bulk-file-label = Archivo CSV
bulk-file-again = El mismo archivo CSV de nuevo
bulk-file-help = La plantilla de invitación masiva de Microsoft Entra tal como la da el centro de administración (version:v1.0), o { $template } con nombres, empresa, patrocinadores, grupos, idioma, destinatario de copia y tipo de usuario. Comas o punto y coma entre celdas, con o sin la marca de orden de bytes de Excel; como máximo 2 MB (10.000 filas).
bulk-file-help-template = la plantilla de Guestlist
bulk-paste-label = O pegue direcciones de correo, una por línea
bulk-paste-help = Una línea también puede ser «Nombre <dirección>». Cada persona recibe el correo de invitación de Microsoft, con usted como patrocinador.
bulk-read-again = Volver a leer el archivo con estas columnas
bulk-check-rows = Comprobar las filas (aún no se envía nada)
bulk-back = Volver a Invitación masiva
bulk-heading = Invitación masiva: { $source }
bulk-breadcrumb = Ruta de navegación
bulk-total-new = Nuevos: se invitarán
bulk-total-needs-approval = Requieren la aprobación de un aprobador
bulk-total-existing = Ya en el directorio
bulk-total-blocked = Bloqueados
bulk-total-invalid = No válidos
bulk-total-duplicate = Duplicados en el archivo
bulk-total-dropped = Descartados
bulk-total-to-send = Se enviarán
bulk-unreadable-lines = Líneas que no se pudieron leer
bulk-columns-wrong = ¿Columnas mal leídas? Indique qué contiene cada una
bulk-send = { $count ->
        [one] Enviar { $count } invitación
       *[other] Enviar { $count } invitaciones
    }
bulk-ask = { $count ->
        [one] Pedir a un aprobador { $count } invitación
       *[other] Pedir a un aprobador { $count } invitaciones
    }
bulk-send-and-ask = { $count ->
        [one] Enviar { $count } invitación y pedir a un aprobador { $ask }
       *[other] Enviar { $count } invitaciones y pedir a un aprobador { $ask }
    }
bulk-reason-label = Justificación de negocio para las filas que requieren aprobación
bulk-reason-help = Por qué se necesitan estos invitados: con ella, cada una de las { $count } filas se convierte en una solicitud de invitación, y los aprobadores deciden. Las sigue en Mis solicitudes.
bulk-read-as = Leído como { $format }. { $summary }
bulk-totals = Totales
bulk-download-preview = Descargar la vista previa (CSV)
bulk-download-results = Descargar los resultados (CSV)
bulk-col-line = Línea
bulk-col-email = Dirección de correo electrónico
bulk-col-name = Nombre
bulk-col-found = Encontrado
bulk-col-why = Por qué
bulk-col-plan = Qué ocurre
bulk-col-change = Cambiar
bulk-col-result = Resultado
bulk-col-user-id = Id. de usuario
bulk-col-link = Enlace de invitación
bulk-col-details = Detalles
bulk-confirm-help = Cada fila se vuelve a comprobar al enviarse. Usted y otros administradores pueden seguir el progreso en esta página.
bulk-only-owner = Solo { $owner } puede cambiar o enviar esta invitación masiva.
bulk-start-over = Empezar de nuevo con otro archivo
bulk-for-this-person = Para esta persona
bulk-save-choice = Guardar elección
bulk-keep-row = Conservar esta fila
bulk-drop-row = Descartar esta fila
bulk-fix-line = Corregir la línea { $line }
bulk-resume = Reanudar
bulk-pause = Pausar
bulk-cancel = Cancelar las filas aún no enviadas
bulk-retry = { $count ->
        [one] Reintentar la fila fallida como un trabajo nuevo
       *[other] Reintentar las { $count } filas fallidas como un trabajo nuevo
    }
bulk-requests-made = { $count ->
        [one] { $count } fila se convirtió en solicitud de invitación: la tienen los aprobadores, y usted la sigue en { $link }.
       *[other] { $count } filas se convirtieron en solicitudes de invitación: las tienen los aprobadores, y usted las sigue en { $link }.
    }
bulk-my-requests = Mis solicitudes
bulk-results-later = El resultado de cada fila se muestra aquí cuando el trabajo ha terminado; el archivo de resultados tiene los obtenidos hasta ahora.
bulk-refreshes = Sin JavaScript, esta página se actualiza cada pocos segundos hasta que termina el trabajo; también puede salir y volver más tarde.
bulk-another-file = Invitar con otro archivo
bulk-request-id = Id. de solicitud { $id }
bulk-detail-request-id = { $detail } (id. de solicitud { $id })
bulk-redeem-link = Enlace de canje
bulk-progress-label = Progreso
bulk-fix-title = Corregir una fila
bulk-fix-no-row = Esta invitación masiva no tiene esa fila.
bulk-back-to-preview = Volver a la vista previa
bulk-fix-email-help = La dirección propia de la persona (sin etiquetas «+»).
bulk-fix-display-name-help = Cómo aparece el invitado en su directorio.
bulk-fix-sponsors-help = Personas por dirección de correo o grupos por nombre, uno por línea; vacío: usted.
bulk-fix-groups-help = Nombres de grupos, uno por línea.
bulk-fix-default-language = Predeterminado de Microsoft
bulk-fix-cc-help = Alguien a quien poner en copia del correo de invitación de Microsoft.
bulk-fix-user-type-help = Guest (o vacío), o Member.
bulk-fix-redirect-help = Adónde llega el invitado tras aceptar (https://…); vacío: el predeterminado.
bulk-fix-send-mail-help = true para enviar el correo de invitación de Microsoft, false para obtener un enlace para compartir.
bulk-fix-message-help = Un mensaje personal en el correo de invitación.
bulk-fix-save = Guardar y volver a comprobar la fila
bulk-choose-choice = Elija omitir, reenviar o restablecer.
bulk-choose-steer = Elija pausar, reanudar o cancelar.
bulk-upload-too-large = El archivo supera los { $max } MB, lo máximo que Guestlist admite a la vez. Divídalo en archivos más pequeños y envíe cada uno.
bulk-upload-unreadable = No se pudo leer la carga ({ $error }). Vuelva a enviar el formulario.
bulk-upload-the-file = el archivo
bulk-upload-pasted = Direcciones pegadas
bulk-upload-nothing = Elija un archivo CSV o pegue las direcciones, una por línea.
bulk-upload-not-a-form = Envíe el formulario desde la página Invitación masiva (un archivo o direcciones pegadas).
