# La lista de invitados: estados, filtro, lista, exportación CSV y acciones sobre una selección.

## El estado de un invitado.

guests-status-pending-since = Pendiente desde el { $date }
guests-status-pending = Pendiente
guests-status-active = Activo
guests-status-inactive = { $days ->
    [one] Inactivo desde hace { $days } día
   *[other] Inactivo desde hace { $days } días
}
guests-status-never = Nunca ha iniciado sesión
guests-status-disabled = Deshabilitado
guests-status-unknown = Desconocido: los datos de inicio de sesión requieren Entra ID P1 y AuditLog.Read.All

## Los valores del filtro.

guests-status-filter-pending = Pendiente
guests-status-filter-active = Activo
guests-status-filter-inactive = Inactivo
guests-status-filter-never = Nunca ha iniciado sesión
guests-status-filter-disabled = Deshabilitado
guests-status-filter-unknown = Desconocido
guests-type-guest = Invitado
guests-type-member = Miembro
guests-sort-name = Nombre
guests-sort-created = Creación
guests-sort-state-changed = Cambio de estado de la invitación
guests-sort-last-sign-in = Último inicio de sesión
guests-dir-asc = Ascendente
guests-dir-desc = Descendente
guests-column-name = Nombre
guests-column-upn = Nombre de usuario (UPN)
guests-column-mail = Correo electrónico
guests-column-type = Tipo de usuario
guests-column-identities = Inicia sesión con
guests-column-synced = Sincronizado con el directorio
guests-column-invitation = Estado de la invitación
guests-column-status = Estado
guests-column-last-sign-in = Último inicio de sesión
guests-column-created = Creación
guests-column-company = Empresa
guests-column-sponsors = Patrocinadores
guests-column-enabled = Cuenta habilitada
guests-provider-entra = Otra organización de Microsoft Entra
guests-provider-microsoft = Cuenta Microsoft
guests-provider-google = Google
guests-provider-facebook = Facebook
guests-provider-mail = Código de acceso de un solo uso (correo electrónico)

## Los problemas del filtro.

guests-filter-bad-status = «{ $value }» no es un estado. Elija uno de estos: { $choices }.
guests-filter-bad-type = «{ $value }» no es un tipo de usuario. Elija uno de estos: { $choices }.
guests-filter-bad-sort = «{ $value }» no es un criterio de ordenación. Elija uno de estos: { $choices }.
guests-filter-bad-dir = «{ $value }» no es un sentido de ordenación. Elija uno de estos: { $choices }.
guests-filter-bad-column = «{ $value }» no es una columna. Elija una de estas: { $choices }.
guests-field-synced = «Sincronizado con el directorio»
guests-field-created-from = «Creado desde»
guests-field-created-to = «Creado hasta»
guests-field-inactive-days = «Último inicio de sesión hace más de»
guests-field-pending-days = «Pendiente desde hace más de»
guests-field-no-sponsor = «Sin patrocinador»
guests-field-enabled = «Cuenta habilitada»
guests-filter-bad-yes-no = «{ $value }» no es una respuesta válida para { $field }: elija sí o no.
guests-filter-bad-date = «{ $value }» no es una fecha válida para { $field }: escríbala como año-mes-día, por ejemplo 2026-03-31.
guests-filter-bad-days = «{ $value }» no es un número de días válido para { $field }: escriba un número entero, por ejemplo 30.
guests-filter-bad-domain = «{ $value }» no es un dominio de correo electrónico: escriba la parte que va después de la @, por ejemplo fabrikam.com.
guests-filter-bad-sponsor = «{ $value }» no es ni una dirección de correo electrónico ni un identificador de objeto: escriba la dirección de correo del patrocinador (como ana@contoso.com) o ábralo desde la página de un invitado.
guests-filter-bad-cursor = Este enlace de página está dañado o caducado. Vuelva a empezar desde la primera página de la lista.
guests-filter-dates-swapped = «Creado desde» ({ $from }) es posterior a «creado hasta» ({ $to }): intercambie las dos fechas.
guests-filter-sponsor-and-none = Elija un patrocinador o «sin patrocinador», no ambos.
guests-filter-bad-address = La dirección de la lista no es válida ({ $problem }). Vuelva a empezar desde la página Invitados.

## Las celdas de la lista (y de la exportación CSV).

guests-cell-yes = Sí
guests-cell-no = No
guests-cell-not-invited = No invitado
guests-cell-accepted-on = Aceptada el { $date }
guests-cell-accepted = Aceptada
guests-cell-not-available = No disponible
guests-cell-never = Nunca
guests-cell-none = Ninguno

## Lo que Graph no puede filtrar y se comprueba en cada página.

guests-check-status = estado
guests-check-synced = sincronización con el directorio
guests-check-domain = dominio de correo electrónico
guests-check-provider = proveedor de identidad
guests-check-pending-days = pendiente desde hace más de
guests-check-inactive-days = último inicio de sesión hace más de
guests-check-sponsor = patrocinador
guests-check-search = búsqueda
guests-list-note-checked-on-each-page = Microsoft Graph no puede filtrar por { $checks } junto con el resto de esta vista, así que Guestlist lo comprueba en cada página: una página puede mostrar menos personas de las que leyó.
guests-list-note-sorted-per-page = Microsoft Graph no puede ordenar por esta columna: cada página se ordena por separado.
guests-list-note-no-sign-ins = La actividad de inicio de sesión no está disponible (requiere Microsoft Entra ID P1 y el permiso AuditLog.Read.All), así que los invitados activos e inactivos aparecen como Desconocido, nunca como inactivos.
guests-list-bad-page = Esa página de la lista ya no es válida. Vuelva a empezar desde la primera página.
guests-list-sponsor-unknown = Nadie en su directorio tiene la dirección { $address }. Compruébela o abra el patrocinador desde la página de un invitado.
guests-list-sponsor-several = Varias personas de su directorio tienen la dirección { $address }. Abra el patrocinador desde la página de un invitado.

## Acciones sobre varios invitados.

guests-bulk-resend = Reenviar invitación
guests-bulk-disable = Bloquear inicio de sesión
guests-bulk-enable = Permitir inicio de sesión
guests-bulk-delete = Eliminar
guests-bulk-add-sponsor = Añadir patrocinador
guests-selection-no-action = Elija qué hacer con los invitados seleccionados.
guests-selection-bad-action = «{ $value }» no es algo que Guestlist pueda hacer con varios invitados. Elija resend, disable, enable, delete o add_sponsor.
guests-selection-none-ticked = Marque primero al menos un invitado o elija todos los invitados que coinciden con el filtro.
guests-selection-bad-scope = «{ $value }» no es una selección. Marque invitados o elija todos los invitados que coinciden con el filtro.
guests-selection-bad-sponsor = Guestlist no puede añadir ese patrocinador. Selecciónelo de nuevo.
guests-preview-summary = { $change ->
    [0] No cambiará nadie.
    [one] Cambiará { $change } invitado.
   *[other] Cambiarán { $change } invitados.
}
guests-preview-summary-skipped = { $change ->
    [0] No cambiará nadie
    [one] Cambiará { $change } invitado
   *[other] Cambiarán { $change } invitados
}{ $skipped ->
    [one] ; se omite { $skipped }.
   *[other] ; se omiten { $skipped }.
}
guests-preview-cap = Coinciden más invitados de los que una ejecución puede cambiar (como máximo { $cap }). Esta ejecución toma los { $cap } primeros; después, vuelva a ejecutar la misma selección para el resto.
guests-preview-not-yours = Esta vista previa es de otra persona: solo quien la creó puede verla o confirmarla. Cree la suya desde la página Invitados.
guests-preview-unknown = Esa vista previa no existe (o ya no existe). Cree una nueva desde la página Invitados.
guests-preview-confirmed-already = Esta selección ya se confirmó: la tarea { $job } la está ejecutando. Sus resultados están en esta página.
guests-preview-not-add-sponsor = Esta selección no añade un patrocinador. Cree una nueva desde la página Invitados.
guests-preview-choose-sponsor-first = Elija primero el patrocinador que desea añadir: búsquelo en esta página.
guests-preview-nobody-qualifies = Ya nadie de esta selección cumple las condiciones, así que no se ha iniciado nada. La vista previa indica el motivo de cada uno.
guests-skip-never-invited = Nunca invitado: no hay ninguna invitación que reenviar.
guests-skip-accepted = Ya aceptó la invitación: solo se reenvían las invitaciones pendientes. Restablezca el canje si necesita aceptarla de nuevo.
guests-skip-blocked = Ya tiene bloqueado el inicio de sesión.
guests-skip-allowed = Ya tiene permitido el inicio de sesión.
guests-skip-sponsors-unreadable = No se pudieron leer sus patrocinadores, así que no se añade ninguno.
guests-skip-self = No puede ser su propio patrocinador.
guests-skip-has-sponsor = Ya tiene este patrocinador.
guests-skip-sponsors-full = Ya tiene { $most } patrocinadores, el máximo que permite Microsoft Entra.
guests-skip-not-found = No es (o ya no es) un usuario de este directorio.
guests-skip-changed-since = Ha cambiado desde la vista previa: { $why }
guests-row-unreadable = La fila { $row } no es una acción sobre un invitado que Guestlist pueda leer ({ $problem }).
guests-row-not-a-user = No es un usuario de este directorio.
guests-row-resent = Nuevo enlace de invitación para { $email }
guests-row-deleted-earlier = Eliminado (por un intento anterior de esta fila).
guests-row-no-sponsor = La fila no indica ningún patrocinador.
guests-row-sponsor-earlier = Ya tenía este patrocinador (añadido por un intento anterior de esta fila).

## La página Invitados.

guests-title = Invitados
guests-lead = Todas las personas ajenas a la organización que hay en su directorio: invitados, miembros externos y personas sincronizadas desde otros inquilinos. Filtre la lista, abra una persona para ver los detalles o marque varias para actuar sobre ellas: verá exactamente quién cambia antes de que ocurra nada.
guests-deleted-link = Invitados eliminados recientemente
guests-dashboard-link = Panel
guests-show-all = Mostrar todos los invitados
guests-filter-label = Filtrar los invitados
guests-filter-q = Nombre, dirección de correo electrónico o nombre de usuario
guests-filter-status = Estado
guests-filter-any = Cualquiera
guests-filter-type = Tipo de usuario
guests-filter-provider = Inicia sesión con
guests-filter-domain = Dominio de correo electrónico
guests-filter-synced = Sincronizado con el directorio
guests-filter-synced-yes = Sí (desde el Active Directory local)
guests-filter-enabled = Puede iniciar sesión
guests-filter-enabled-no = No (bloqueado)
guests-filter-created-from = Creado desde
guests-filter-created-to = Creado hasta
guests-filter-pending-days = Pendiente desde hace más de (días)
guests-filter-inactive-days = Último inicio de sesión hace más de (días)
guests-filter-sponsor = Patrocinado por (dirección de correo electrónico)
guests-filter-no-sponsor = Sin patrocinador
guests-filter-sort = Ordenar por
guests-filter-dir = Orden
guests-filter-cols = Columnas
guests-cols-standard = Estándar
guests-cols-contacts = Contactos y patrocinadores
guests-cols-everything = Todo
guests-cols-as-linked = Como en el enlace
guests-filter-submit = Mostrar invitados
guests-filter-clear = Borrar los filtros
guests-count-matching = { $count ->
    [one] Coincide { $count } usuario externo
   *[other] Coinciden { $count } usuarios externos
}
guests-count-on-page = { $count } mostrados en esta página
guests-select-one = Seleccionar a { $name }
guests-select = Seleccionar
guests-export = Exportar esta vista como CSV
guests-page-empty = Nadie coincide en esta página. Quite un filtro o pase a la página siguiente, si la hay.
guests-act-on = Actuar sobre
guests-act-on-ticked = los invitados marcados arriba
guests-act-on-all = todos los que coinciden con esta vista
guests-act-on-all-counted = todos los que coinciden con esta vista ({ $count })
guests-act-help = A continuación verá quién cambia, quién se omite y por qué. Nada cambia hasta que usted confirme.
guests-act-resend = Reenviar invitaciones…
guests-act-disable = Bloquear inicio de sesión…
guests-act-enable = Permitir inicio de sesión…
guests-act-add-sponsor = Añadir un patrocinador…
guests-act-delete = Eliminar…
guests-pages = Páginas
guests-page-first = Primera página
guests-page-next = Página siguiente

## Actuar sobre varios invitados: la vista previa y los resultados de la tarea.

guests-selection-title = Actuar sobre varios invitados
guests-selection-how = Marque invitados en la página Invitados o elija todos los que coinciden con su filtro, y luego elija qué hacer.
guests-selection-choose-found = Elija primero una de las personas o uno de los grupos encontrados.
guests-selection-names-and = { $names } y { $last }
guests-selection-title-hand-over = Añadir a { $sponsor } como patrocinador en lugar de { $old }
guests-selection-title-add-sponsor = Añadir a { $sponsor } como patrocinador
guests-selection-title-action = { $action }: varios invitados
guests-selection-why-skipped = Motivo de la omisión
guests-selection-nobody-found = No se ha encontrado a nadie. Pruebe con el principio del nombre, del apellido o de la dirección de correo electrónico.
guests-selection-sponsor-to-add = Patrocinador que se añadirá
guests-selection-use-sponsor = Usar este patrocinador
guests-selection-choose-sponsor = Elegir el patrocinador que se añadirá
guests-selection-find = Buscar una persona o un grupo
guests-selection-find-help = El principio de un nombre o de una dirección de correo electrónico.
guests-selection-skipped = Omitidos
guests-selection-will-change = Cambiarán
guests-selection-confirm-delete = { $count ->
    [one] Confirmar: eliminar { $count } invitado
   *[other] Confirmar: eliminar { $count } invitados
}
guests-selection-confirm-resend = { $count ->
    [one] Confirmar: reenviar la invitación a { $count } invitado
   *[other] Confirmar: reenviar la invitación a { $count } invitados
}
guests-selection-confirm-disable = { $count ->
    [one] Confirmar: bloquear el inicio de sesión de { $count } invitado
   *[other] Confirmar: bloquear el inicio de sesión de { $count } invitados
}
guests-selection-confirm-enable = { $count ->
    [one] Confirmar: permitir el inicio de sesión de { $count } invitado
   *[other] Confirmar: permitir el inicio de sesión de { $count } invitados
}
guests-selection-confirm-add-sponsor = { $count ->
    [one] Confirmar: añadir patrocinador a { $count } invitado
   *[other] Confirmar: añadir patrocinador a { $count } invitados
}
guests-selection-the-new-sponsor = el nuevo patrocinador
guests-selection-hand-over = Un traspaso: { $old } deja de patrocinar a cada invitado en cuanto se añade { $new }, para que nadie se quede sin patrocinador.
guests-selection-delete-note = Los invitados eliminados pueden restaurarse, con sus pertenencias a grupos, desde Invitados eliminados recientemente durante 30 días.
guests-selection-confirm-help = Al confirmar se vuelve a comprobar a todos; después, una tarea en segundo plano los cambia uno a uno y esta página muestra cada resultado.
guests-selection-cancel = Cancelar: volver a los invitados
guests-selection-job = Tarea { $job }: { $state }. { $done } hechas, { $failed } con error, { $waiting } en espera.
guests-selection-refreshes = Esta página se actualiza sola cada pocos segundos hasta que termine la tarea.
guests-selection-row-state = Estado
guests-selection-row-result = Resultado
guests-selection-row-done = Hecho.
