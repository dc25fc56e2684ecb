# La página de un invitado: sus propiedades y qué significan, las acciones, los invitados eliminados recientemente.

guests-details-not-found = No es (o ya no es) un usuario de este directorio. Búsquelo en la página Invitados.
guests-details-no-organisation = Microsoft Entra no ha descrito su organización. Vuelva a intentarlo en un momento.
guests-this-person = Esta persona

## Cómo inicia sesión un invitado, según el emisor de la identidad.

guests-issuer-own = { $issuer } es su propia organización: esta entrada es su nombre de usuario en su directorio, no la forma en que demuestra quién es.
guests-issuer-entra = Inicia sesión con una cuenta profesional o educativa de otra organización de Microsoft Entra, con las reglas de esa organización (MFA, contraseña, acceso condicional).
guests-issuer-microsoft = Inicia sesión con una cuenta Microsoft personal (Outlook.com, Hotmail, Xbox…).
guests-issuer-google = Inicia sesión con su cuenta de Google (federación de Google).
guests-issuer-facebook = Inicia sesión con su cuenta de Facebook.
guests-issuer-mail = Inicia sesión con un código de acceso de un solo uso que Microsoft envía cada vez a su dirección: no tiene cuenta propia en Microsoft ni en un proveedor federado.
guests-issuer-federated = Inicia sesión en el proveedor de identidad de su propia organización ({ $issuer }), federado con el suyo mediante SAML o WS-Fed.
guests-issuer-other = Inicia sesión con el proveedor de identidad de su propia organización ({ $issuer }).

## Las propiedades: una etiqueta y lo que significa.

guests-fact-upn = Nombre de usuario
guests-fact-upn-explain = Su nombre de usuario en su directorio. Los invitados reciben uno con #EXT#, formado a partir de su dirección de correo electrónico; nunca cambia la forma en que inician sesión.
guests-fact-mail = Dirección de correo electrónico
guests-fact-mail-explain = Adonde Microsoft envía sus invitaciones y notificaciones.
guests-fact-type = Tipo de usuario
guests-fact-type-explain = Miembro o Invitado: indica si cuenta como parte de su organización, lo que decide sus permisos predeterminados en su directorio. No indica cómo inicia sesión ni si es externo.
guests-fact-identities = Identidades
guests-fact-identities-none = Graph no indica ninguna identidad para esta persona.
guests-fact-state = Estado de la invitación
guests-fact-state-pending = Aceptación pendiente
guests-fact-state-explain = Aceptación pendiente: invitado, pero aún no ha aceptado. Accepted: canjeó la invitación e inicia sesión con su propia cuenta. Vacío: nunca invitado.
guests-fact-state-changed = Cambio de estado de la invitación
guests-fact-state-changed-explain = Cuándo fue invitado, aceptó o se restableció su canje por última vez.
guests-fact-creation = Creado mediante
guests-fact-creation-explain = Invitation: creado por una invitación B2B. Vacío: creado en su directorio como cuenta profesional (interna o sincronizada).
guests-fact-synced = Sincronizado con el directorio
guests-fact-synced-explain = Las cuentas sincronizadas se administran en su Active Directory local: Microsoft Entra (y Guestlist) no puede cambiarlas, deshabilitarlas ni eliminarlas.
guests-fact-sign-in = Inicio de sesión
guests-fact-sign-in-blocked = Bloqueado
guests-fact-sign-in-allowed = Permitido
guests-fact-sign-in-explain = Las cuentas bloqueadas no pueden iniciar sesión en absoluto, diga lo que diga su invitación.
guests-fact-created = Creación
guests-fact-created-explain = Cuándo apareció la cuenta en su directorio (vacío en algunas cuentas anteriores a junio de 2018).
guests-fact-company = Empresa
guests-fact-company-explain = Tal como figura en su directorio; nadie lo comprueba.
guests-fact-job = Puesto
guests-fact-job-explain = Tal como figura en su directorio.
guests-fact-other-mails = Otras direcciones de correo electrónico
guests-fact-other-mails-explain = Otras direcciones con las que se le puede encontrar.

## Actividad de inicio de sesión, invitación, patrocinadores, aplicaciones.

guests-sign-ins-no-licence = No disponible: su organización no tiene una licencia de Microsoft Entra ID P1 o P2, necesaria para la actividad de inicio de sesión.
guests-sign-ins-no-permission = No disponible: Guestlist no tiene el permiso AuditLog.Read.All, necesario para la actividad de inicio de sesión. Un administrador puede concedérselo a la aplicación.
guests-sign-ins-not-given = No disponible: Microsoft Entra no ha proporcionado la actividad de inicio de sesión esta vez. Vuelva a cargar la página para intentarlo de nuevo.
guests-sponsors-unreadable = No se pudieron leer sus patrocinadores: { $problem }
guests-invited-by = Invitado por { $who } el { $date }, a través de Guestlist
guests-converted-by = Convertido a B2B por { $who } el { $date }, a través de Guestlist
guests-invited-not-through-guestlist = No fue invitado a través de Guestlist (o lo fue antes de que empezara su registro de auditoría): el registro de auditoría de Microsoft Entra indica quién lo invitó.
guests-app-default-access = Acceso predeterminado
guests-app-unnamed = Una aplicación

## Por qué no se puede bloquear o eliminar una cuenta, y qué puede hacer usted.

guests-protected-synced = { $who } se sincroniza desde su Active Directory local, así que Microsoft Entra no permite cambiar la cuenta aquí: bloquéela o elimínela en Active Directory y Microsoft Entra Connect trasladará el cambio.
guests-protected-yourself = Es su propia cuenta: Guestlist no le permite bloquearse ni eliminarse a sí mismo.
guests-protected-admin = { $who } tiene un rol de administrador (Administrador global o Administrador de usuarios) y, por tanto, es administrador de Guestlist: Guestlist no bloquea ni elimina a sus propios administradores. Hágalo en el Centro de administración de Microsoft Entra si es necesario.
guests-offers-helpdesk = Como administrador del departamento de soporte técnico, puede reenviar y restablecer invitaciones; los demás cambios requieren un administrador.
guests-offers-not-external = Guestlist no considera externa esta cuenta: no tiene invitación, ni nombre de usuario con #EXT#, ni identidad externa.

## Las acciones sobre un invitado.

guests-action-no-id = Graph devolvió el usuario sin identificador.
guests-action-already-allowed = { $who } ya puede iniciar sesión. No se ha cambiado nada.
guests-action-already-blocked = { $who } ya tiene bloqueado el inicio de sesión. No se ha cambiado nada.
guests-action-allowed = { $who } puede volver a iniciar sesión.
guests-action-allowed-more = Su invitación, grupos, aplicaciones y patrocinadores siguen como estaban.
guests-action-blocked = { $who } tiene bloqueado el inicio de sesión.
guests-action-blocked-more = Las sesiones que ya tiene terminan cuando caducan sus tokens (normalmente en menos de una hora). Sus grupos, aplicaciones y patrocinadores se mantienen, así que volver a permitir el inicio de sesión restablece su acceso.
guests-action-delete-unconfirmed = Marque «Entiendo» para confirmar la eliminación.
guests-action-deleted = { $who } se ha eliminado y ya no puede iniciar sesión.
guests-action-deleted-more = Microsoft conserva las cuentas eliminadas durante 30 días: hasta entonces pueden restaurarse, con sus grupos, desde Invitados eliminados recientemente. Después desaparecen definitivamente.
guests-group-this = Este grupo
guests-group-dynamic = { $group } tiene pertenencia dinámica: su regla decide quién forma parte, así que no se pueden añadir ni quitar miembros a mano. Cambie las propiedades de la persona o la regla.
guests-group-mail-security = { $group } es un grupo de seguridad habilitado para correo: Exchange administra sus miembros, así que Microsoft Graph no puede hacerlo. Cámbielo en el Centro de administración de Exchange.
guests-group-distribution = { $group } es una lista de distribución: Exchange administra sus miembros. Cámbiela en el Centro de administración de Exchange.
guests-group-role-assignable = { $group } puede tener roles de administrador: solo un administrador de roles con privilegios puede cambiar sus miembros, en el Centro de administración de Microsoft Entra.
guests-group-gone = Ese grupo no existe (o ya no existe). Selecciónelo de nuevo.
guests-group-already-member = { $who } ya es miembro de { $group }. No se ha cambiado nada.
guests-group-not-member = { $who } no es miembro de { $group }. No se ha cambiado nada.
guests-group-added = { $who } ahora es miembro de { $group }.
guests-group-removed = { $who } ya no es miembro de { $group }.
guests-sponsors-too-many = Un invitado puede tener como máximo { $most } patrocinadores; se eligieron { $chosen }. Desmarque algunos.
guests-sponsors-none-left = { $who } se quedaría sin patrocinador: nadie se ocuparía de su acceso. Marque «Quitar todos los patrocinadores» para confirmarlo, o mantenga uno.
guests-sponsors-unchanged = Los patrocinadores de { $who } ya son estos. No se ha cambiado nada.
guests-sponsor-not-in-directory = Ese patrocinador no está en su directorio. Selecciónelo de nuevo.
guests-sponsor-not-in-directory-short = Ese patrocinador no está en su directorio.
guests-sponsor-gone = Ese patrocinador no está (o ya no está) en su directorio. Selecciónelo de nuevo.
guests-sponsor-self = { $who } no puede ser su propio patrocinador.
guests-sponsor-added = { $sponsor } ahora patrocina a { $who }.
guests-sponsor-add-failed = No se pudo añadir a { $sponsor }: { $problem }
guests-sponsor-named-not-in-directory = { $sponsor } no está en su directorio.
guests-sponsor-removed = { $sponsor } ya no patrocina a { $who }.
guests-sponsor-remove-failed = No se pudo quitar a { $sponsor }: { $problem }
guests-sponsor-told = Se ha avisado al nuevo patrocinador por correo electrónico.

## Invitados eliminados recientemente.

guests-deleted-purge-on = { $days ->
    [0] Se eliminará definitivamente el { $date } (hoy es el último día para restaurarlo)
    [one] Se eliminará definitivamente el { $date } (queda { $days } día)
   *[other] Se eliminará definitivamente el { $date } (quedan { $days } días)
}
guests-deleted-not-found = Ese invitado no está entre los eliminados recientemente: puede que ya se haya restaurado o eliminado definitivamente. Búsquelo en la página Invitados.
guests-deleted-name-taken = No se puede restaurar a { $who }: otro usuario tiene ahora el nombre de usuario { $upn }. Cambie el nombre de ese usuario o elimínelo y vuelva a restaurar.
guests-deleted-restored = Se ha restaurado a { $who }.
guests-deleted-restored-more = Microsoft Entra le ha devuelto sus pertenencias a grupos; inicia sesión como antes. Revise sus patrocinadores y asignaciones de aplicaciones en su página.
guests-deleted-purge-unconfirmed = { $who } no se ha eliminado: marque «Entiendo que esto no se puede deshacer» para eliminarlo definitivamente.
guests-deleted-purged = { $who } se ha eliminado definitivamente. Ya no se puede restaurar; vuelva a invitarlo si necesita acceso.

## La página de un invitado.

guests-details-bad-id = No es un usuario de este directorio. Búsquelo en la página Invitados.
guests-details-bad-group = Ese grupo no existe. Selecciónelo de nuevo.
guests-details-title = Invitado
guests-back = Volver a los invitados
guests-breadcrumb = Ruta de navegación
guests-details-gone = Este invitado ya no existe.
guests-offer-resend = Reenviar invitación…
guests-offer-resend-help = Un nuevo enlace de invitación, en su ficha del directorio.
guests-offer-reset = Restablecer el canje…
guests-offer-reset-help = Vuelve a aceptar, con la misma dirección de correo electrónico o (administradores) con una nueva.
guests-offer-user-type = Cambiar el tipo de usuario…
guests-offer-user-type-help = Miembro o Invitado, tras las preguntas de Microsoft.
guests-offer-mail = Cambiar la dirección de correo electrónico…
guests-offer-mail-help = Adonde Microsoft envía sus invitaciones.
guests-offer-sponsors = Cambiar patrocinadores…
guests-offer-sponsors-help = Quién se ocupa de su acceso (cinco como máximo).
guests-offer-groups = Añadir a un grupo…
guests-offer-groups-help = Buscar un grupo por su nombre.
guests-offer-delete = Eliminar…
guests-offer-delete-help = Se puede restaurar durante 30 días.
guests-offer-block-help = Las cuentas bloqueadas no pueden iniciar sesión; sus grupos, aplicaciones y patrocinadores se mantienen.
guests-details-no-sponsor = Sin patrocinador: no hay nadie designado para ocuparse de su acceso.
guests-details-sponsored-by = todos los invitados que patrocina { $name }
guests-details-no-groups = No es miembro de ningún grupo.
guests-details-remove-from = Quitar de { $group }
guests-details-more-groups = Pertenece a más grupos de los que se muestran aquí: el Centro de administración de Microsoft Entra los enumera todos.
guests-details-roles = Roles de directorio: { $roles }.
guests-details-no-apps = Sin asignaciones de aplicaciones.
guests-details-app = Aplicación
guests-details-app-role = Rol
guests-details-app-since = Desde
guests-details-no-audit = Guestlist todavía no ha hecho nada con esta persona.
guests-details-audit-when = Cuándo
guests-details-audit-who = Quién
guests-details-audit-what = Qué
guests-details-audit-outcome = Resultado
guests-details-actions = Qué puede hacer
guests-details-properties = Propiedades
guests-details-invitation = Invitación
guests-details-sign-ins = Actividad de inicio de sesión
guests-details-groups = Grupos
guests-details-apps = Aplicaciones
guests-details-audit = En el registro de auditoría de Guestlist
guests-linked-group = { $name } (grupo)
guests-sign-ins-never = Nunca ha iniciado sesión: Microsoft Entra no registra ningún inicio de sesión suyo (o ninguno desde abril de 2020).
guests-sign-ins-interactive = Último inicio de sesión interactivo
guests-sign-ins-interactive-help = Escribió una contraseña o un código, o aprobó una solicitud (los intentos fallidos también cuentan).
guests-sign-ins-non-interactive = Último inicio de sesión no interactivo
guests-sign-ins-non-interactive-help = Una aplicación renovó su sesión sin su intervención (Teams, Outlook…): todavía la usa.
guests-sign-ins-successful = Último inicio de sesión correcto
guests-sign-ins-successful-help = El último inicio de sesión que funcionó (registrado desde diciembre de 2023).
guests-details-no-such-page = Esa página no existe. Elija una acción en la página del invitado.

## Añadir a un grupo, los patrocinadores, eliminar.

guests-groups-add-to = Añadir a { $group }
guests-groups-already-member = Ya es miembro
guests-groups-title = Añadir a { $name } a un grupo
guests-groups-lead = Los miembros de un grupo reciben lo que el grupo concede: acceso a sus aplicaciones, sitios y equipos. Los grupos con pertenencia dinámica, las listas de distribución y los grupos con roles de administrador no se pueden cambiar aquí.
guests-groups-q = Nombre del grupo
guests-groups-q-help = Basta con el principio del nombre.
guests-groups-find = Buscar grupos
guests-groups-group = Grupo
guests-groups-action = Acción
guests-sponsors-title = Patrocinadores de { $name }
guests-sponsors-lead = Los patrocinadores son las personas (o grupos) que se ocupan del acceso de un invitado: en las revisiones se les pregunta si el invitado todavía lo necesita. Cinco como máximo.
guests-sponsors-q = Buscar una persona o un grupo para añadir
guests-sponsors-q-help = El principio de un nombre o de una dirección de correo electrónico; después, márquelos abajo.
guests-sponsors-find = Buscar
guests-sponsors-after = Patrocinadores tras guardar (marque hasta cinco)
guests-sponsors-remove-all = Quitar todos los patrocinadores
guests-sponsors-remove-all-help = Solo si ya nadie debe ocuparse de este invitado: sin esta casilla, Guestlist mantiene al menos uno.
guests-sponsors-save = Guardar patrocinadores
guests-delete-done-title = Eliminado
guests-delete-title = Eliminar a { $name }
guests-delete-loses-access = { $name } ya no podrá iniciar sesión y perderá el acceso a todo lo que se le concedió: grupos, aplicaciones, equipos y sitios.
guests-delete-restorable = Microsoft conserva la cuenta eliminada durante 30 días: hasta entonces puede restaurarse, con sus pertenencias a grupos, desde Invitados eliminados recientemente. Pasados 30 días, desaparece definitivamente.
guests-delete-block-instead = Para impedir que inicie sesión por ahora, bloquear el inicio de sesión es más suave: no se pierde nada.
guests-delete-confirm = Entiendo
guests-delete-confirm-help = La cuenta se elimina de inmediato; se puede restaurar durante 30 días.
guests-delete-keep = Conservarlo: volver a su página

## La página Invitados eliminados recientemente.

guests-deleted-bad-id = No es un invitado eliminado. Elija uno en la página Invitados eliminados recientemente.
guests-deleted-lead = Microsoft Entra conserva un usuario eliminado durante { $days } días y después lo elimina definitivamente. Hasta entonces puede restaurarlo: vuelve con sus pertenencias a grupos e inicia sesión como antes.
guests-deleted-none = No se ha eliminado ningún usuario externo en los últimos { $days } días.
guests-deleted-summary-more = Los { $count } usuarios externos eliminados más recientemente; se eliminaron más.
guests-deleted-summary = { $count ->
    [one] Se eliminó { $count } usuario externo en los últimos { $days } días.
   *[other] Se eliminaron { $count } usuarios externos en los últimos { $days } días.
}
guests-deleted-restore = Restaurar a { $name }
guests-deleted-purge-link = Eliminar a { $name } definitivamente…
guests-deleted-address = Correo electrónico o nombre de usuario
guests-deleted-on = Eliminado el
guests-deleted-until = Se puede restaurar hasta
guests-deleted-actions = Acciones
guests-deleted-back = Ver los invitados eliminados recientemente
guests-deleted-purge-title = Eliminar a { $name } definitivamente
guests-deleted-cannot-undo = Esto no se puede deshacer
guests-deleted-removed-at-once = { $name } se quita de Microsoft Entra de inmediato, en lugar del { $date }.
guests-deleted-nobody-can-restore = Después nadie podrá restaurarlo: ni usted ni Microsoft. Sus pertenencias a grupos y asignaciones de aplicaciones desaparecen con él.
guests-deleted-invite-again = Si más adelante necesita acceso de nuevo, vuelva a invitarlo: empezará como un invitado nuevo.
guests-deleted-confirm = Entiendo que esto no se puede deshacer
guests-deleted-confirm-help = Sin esta casilla marcada no se elimina nada.
guests-deleted-keep = Conservarlo y volver a la lista
