# El directorio: la búsqueda, la tarjeta «Colaboración B2B» de una persona y sus acciones.

## Cómo inicia sesión alguien (un proveedor de identidades en palabras).

directory-provider-entra = una cuenta profesional o educativa de otra organización de Microsoft Entra
directory-provider-google = una cuenta de Google
directory-provider-microsoft = una cuenta personal de Microsoft
directory-provider-mail = un código de un solo uso enviado por correo electrónico
directory-provider-facebook = una cuenta de Facebook
directory-provider-other = el proveedor de identidades propio de su organización ({ $issuer })

## Tipos de usuario (Member y Guest en Graph).

directory-user-type-member = Miembro
directory-user-type-guest = Invitado

## La línea de la tarjeta.

directory-your-organisation = su organización
directory-state-not-invited = No invitado: inicia sesión con una cuenta de { $organisation }
directory-state-pending-since = Invitación pendiente desde el { $since }
directory-state-pending = Invitación pendiente
directory-state-accepted = Aceptada
directory-state-accepted-on = Aceptada el { $on }
directory-state-accepted-with = Aceptada, inicia sesión con { $provider }
directory-state-accepted-on-with = Aceptada el { $on }, inicia sesión con { $provider }

## Qué hace restablecer el canje.

directory-reset-before-provider = { $name } ya no puede iniciar sesión con { $provider } hasta que acepte la nueva invitación. Cualquier vínculo de invitación anterior deja de funcionar.
directory-reset-before-account = { $name } ya no puede iniciar sesión con su cuenta actual hasta que acepte la nueva invitación.
directory-reset-before-link = El vínculo de invitación que tiene ahora { $name } deja de funcionar.
directory-reset-to-new = Microsoft envía una nueva invitación por correo electrónico a la nueva dirección, { $address }.
directory-reset-to = Microsoft envía una nueva invitación por correo electrónico a { $address }.
directory-reset-accepts = Cuando { $name } acepte, iniciará sesión con la cuenta que corresponde a { $address } o, si esa dirección no tiene cuenta, con un código de un solo uso enviado a ella.
directory-reset-stays = Sus grupos, aplicaciones, patrocinadores y nombre de usuario ({ $upn }) se mantienen; solo cambia la cuenta con la que inicia sesión.

## Qué hace un cambio de tipo de usuario.

directory-to-member-permissions = { $name } obtiene permisos de miembro: puede leer todo su directorio (personas, grupos y aplicaciones), igual que su propio personal.
directory-to-member-settings = La configuración para invitados deja de aplicarse: restricciones de acceso de invitados, directivas de acceso condicional para invitados y usuarios externos, y revisiones de acceso de invitados.
directory-to-member-licensing = Licencias: los miembros se licencian como su personal, por lo que pueden necesitar una licencia para las aplicaciones que usen.
directory-to-guest-permissions = { $name } obtiene permisos de invitado: de forma predeterminada, una vista limitada de su directorio (su propio perfil y solo datos básicos de los demás, no la lista completa de personas, grupos y aplicaciones).
directory-to-guest-settings = Se aplica la configuración para invitados: restricciones de acceso de invitados, directivas de acceso condicional para invitados y usuarios externos, y revisiones de acceso de invitados.
directory-to-guest-licensing = Licencias: los usuarios externos de tipo Invitado se facturan por usuarios activos mensuales (MAU) en Microsoft Entra External ID.
directory-type-upn-stays = Su nombre de usuario sigue siendo { $upn }: cambiar el tipo de usuario no lo modifica.
directory-type-sign-in-stays = Su forma de iniciar sesión no cambia ({ $state }).
directory-type-groups-stay = Sus grupos, aplicaciones y patrocinadores se mantienen.

## Respuestas y rechazos de las acciones.

directory-not-a-user = No es un usuario de este directorio. Búsquelo en la página Directorio.
directory-no-valid-id = El usuario no tiene un identificador válido.
directory-resend-not-pending = { $name } no tiene ninguna invitación pendiente: { $state }. Use «Restablecer canje» para que vuelva a aceptar.
directory-resend-heading = Nuevo vínculo de invitación para { $name }
directory-resend-nothing-sent = Microsoft no envía correo a una dirección que ya ha invitado, así que no se ha enviado nada: pase usted mismo este vínculo a { $name } o envíelo desde Guestlist.
directory-resend-accept = Cuando lo abra y acepte, iniciará sesión con la cuenta que corresponde a { $address }.
directory-address-taken = { $address } ya pertenece a { $name } ({ $upn }) en su directorio, y una dirección solo puede pertenecer a una persona. Compruebe la dirección o cambie antes la otra cuenta.
directory-mail-refused = Microsoft Entra ha rechazado cambiar la dirección de { $name }. Cuando una cuenta tiene un buzón de Exchange, Exchange administra su dirección: cámbiela en el centro de administración de Exchange (Destinatarios y, después, Buzones). { $message }
directory-synced-refusal = { $name } se sincroniza desde su Active Directory local, así que Microsoft Entra no puede cambiarlo: cámbielo en Active Directory y Microsoft Entra Connect trasladará el cambio.
directory-reset-never-invited = { $name } nunca fue invitado, así que no hay canje que restablecer: inicia sesión con una cuenta de su organización. Para pasarlo a la colaboración B2B, use «Convertir en usuario externo».
directory-reset-admin-only = Solo un administrador puede restablecer a { $name } con una nueva dirección de correo, porque eso cambia su dirección. Deje la dirección vacía para enviar la nueva invitación a { $address }.
directory-reset-heading = Canje restablecido para { $name }
directory-reset-failed = No se ha restablecido el canje: { $error }
directory-reset-app-denied = Guestlist restablece con su propio permiso de aplicación (GUESTLIST_INVITE_CREDENTIAL=application), y Microsoft lo rechaza para cualquier persona que tenga un rol de administrador. Un administrador puede restablecer a { $name } en el centro de administración de Microsoft Entra con su propia cuenta.
directory-reset-mail-changed = La dirección de correo ya se ha cambiado a { $address }: vuelva a intentar «Restablecer canje» y deje vacío el campo de dirección.
directory-type-already = { $name } ya es { $user_type }. No se ha cambiado nada.
directory-type-answer-all = Responda primero a cada una de las cuatro preguntas.
directory-type-unchanged = No se ha cambiado nada. Microsoft recomienda cambiar el tipo de usuario solo cuando cambia la relación de una persona con su organización: indica si { $name } forma parte de su organización, no cómo inicia sesión.
directory-type-confirm = Marque «He leído lo que cambia» para confirmar.
directory-type-done = { $name } es ahora { $user_type }.
directory-type-next-upn = A continuación: cambie su nombre de usuario ({ $upn }) en el centro de administración de Microsoft Entra (Usuarios, después { $name } y después Editar propiedades). Guestlist no lo cambia.
directory-type-next-access = A continuación: revise sus grupos y aplicaciones, y quite lo que ya no deba tener.
directory-type-next-mailbox = A continuación: asígnele una licencia de Exchange Online en el centro de administración de Microsoft 365 para crear su buzón.
directory-mail-not-external = { $name } no es un usuario externo: su dirección pertenece a su organización y se cambia en el centro de administración de Microsoft 365. Para pasarlo a la colaboración B2B, use «Convertir en usuario externo», que primero establece su dirección externa.
directory-mail-same = { $address } ya es la dirección de { $name }. No se ha cambiado nada.
directory-mail-done = La dirección de correo de { $name } es ahora { $address }.
directory-mail-sign-in-stays = La forma de iniciar sesión no cambia: sigue iniciando sesión con la cuenta con la que aceptó la invitación. Para que inicie sesión con la cuenta de la nueva dirección, restablezca su canje.

## La página de búsqueda.

directory-title = Directorio
directory-lead = Encuentre a cualquier persona de su directorio (personal, invitados, cuentas internas de socios) y vea su situación en la colaboración B2B: si fue invitada y con qué cuenta inicia sesión.
directory-search-label = Nombre, dirección de correo o nombre de usuario
directory-search-help = Basta con el principio de una palabra, por ejemplo «oli» u «olivia.chen@».
directory-no-match = Nadie coincide con «{ $searched }». Pruebe con el principio del nombre, del apellido o de la dirección de correo.
directory-matches-more = Las primeras { $count } coincidencias. Escriba más del nombre o de la dirección para acotar la búsqueda.
directory-matches = { $count ->
    [one] { $count } coincidencia.
   *[other] { $count } coincidencias.
}
directory-col-name = Nombre
directory-col-upn = Nombre de usuario
directory-col-mail = Dirección de correo
directory-col-user-type = Tipo de usuario
directory-col-b2b = Colaboración B2B
directory-back = Buscar en el directorio
directory-breadcrumb = Ruta de navegación
directory-no-such-page = Esa página no existe. Busque a la persona en el directorio y elija una acción en su tarjeta.

## La página de una persona.

directory-resend-button = Reenviar invitación
directory-resend-help = Un nuevo vínculo de invitación para pasarlo o enviarlo desde Guestlist: Microsoft no envía dos veces correo a la misma dirección.
directory-reset-link = Restablecer canje…
directory-reset-link-help = Vuelve a aceptar, con la misma dirección de correo o con una nueva, y luego inicia sesión con la cuenta de esa dirección.
directory-type-link = Cambiar el tipo de usuario a { $user_type }…
directory-type-link-help = Si cuenta como parte de su organización. Primero van las preguntas de Microsoft.
directory-mail-link = Cambiar la dirección de correo…
directory-mail-link-help = Adonde Microsoft envía sus invitaciones y notificaciones.
directory-convert-link = Convertir en usuario externo…
directory-convert-link-help = Entonces inicia sesión con la cuenta de su propia organización y conserva sus grupos y aplicaciones.
directory-synced-note = Esta cuenta se sincroniza desde su Active Directory local: su tipo de usuario y su dirección de correo se cambian allí.
directory-company = Empresa
directory-job-title = Puesto
directory-sign-in = Inicio de sesión
directory-sign-in-allowed = Permitido
directory-sign-in-blocked = Bloqueado
directory-created = Creado
directory-synced = Sincronizado desde el entorno local
directory-mailbox = Buzón
directory-mailbox-yes = Sí (Exchange Online)
directory-yes = Sí
directory-no = No

## Las páginas de acción.

directory-action-title = { $title } — { $name }
directory-reset-title = Restablecer canje
directory-reset-current-address = su dirección actual
directory-reset-state = { $name }: { $state }
directory-reset-lead = Restablecer el canje permite a alguien aceptar de nuevo la invitación: por ejemplo, si se cambió de empresa, perdió el acceso a su cuenta o debe usar otra dirección. Su cuenta en su directorio se mantiene, con todo lo que tiene.
directory-reset-experience = Qué verá { $name }
directory-reset-new-address-help = Con una nueva dirección abajo, la invitación se envía allí y acepta con la cuenta de la nueva dirección.
directory-reset-field = Nueva dirección de correo (opcional)
directory-reset-field-help = Déjela vacía para enviar la nueva invitación a { $address }. Una nueva dirección pasa primero a ser su dirección de correo, como exige Microsoft, y se comprueba igual que en una invitación.
directory-type-title = Cambiar el tipo de usuario a { $user_type }
directory-type-state = { $name } es ahora { $user_type }. { $state }.
directory-type-lead = El tipo de usuario indica si alguien forma parte de su organización (Miembro) o es un colaborador externo (Invitado). No cambia su forma de iniciar sesión. Microsoft recomienda responder antes a estas preguntas.
directory-type-q-relationship = ¿Ha cambiado la relación de { $name } con su organización?
directory-type-a-relationship-changed = Sí; por ejemplo, se incorporó a su personal o lo dejó para trabajar con un socio
directory-type-q-upn = ¿Debe cambiar su nombre de usuario ({ $upn })?
directory-type-a-upn-keep = No, mantenerlo
directory-type-a-upn-change = Sí; lo cambiaré después en el centro de administración de Microsoft Entra (cambiar el tipo de usuario no lo hace)
directory-type-q-access = ¿Debe mantener el acceso a los mismos grupos y aplicaciones?
directory-type-a-access-keep = Sí, mantenerlo todo
directory-type-a-access-review = No; revisaré sus grupos y aplicaciones después
directory-type-q-mailbox = ¿Debe tener un buzón?
directory-type-a-mailbox-yes = Sí; le asignaré después una licencia de Exchange Online
directory-type-what-changes = Qué cambia
directory-type-confirm-label = He leído lo que cambia
directory-type-confirm-help = Entonces Guestlist cambia el tipo de usuario a { $user_type }; no cambia nada más.
directory-mail-title = Cambiar la dirección de correo
directory-mail-not-set = sin establecer
directory-mail-state = La dirección de correo de { $name } es { $address }.
directory-mail-lead = Microsoft envía las invitaciones y notificaciones a esta dirección. En un usuario externo no cambia su forma de iniciar sesión; para que inicie sesión con la cuenta de una nueva dirección, restablezca su canje con esa dirección.
directory-mail-mailbox-alert = Esta cuenta tiene un buzón de Exchange Online, así que Exchange administra su dirección y Microsoft Entra rechazará el cambio: cámbiela en el centro de administración de Exchange (Destinatarios y, después, Buzones).
directory-mail-field = Nueva dirección de correo
directory-mail-field-help = Las mismas comprobaciones que en una invitación: sin «+» ni caracteres similares, ningún dominio de su organización, ningún dominio bloqueado y que no sea ya la dirección de otra persona.
