# Convertir cuentas internas a B2B: el asistente para una cuenta y los lotes.

## Las comprobaciones (un título, qué significa y qué hacer).

convert-not-an-account = No es una cuenta de este directorio. Búsquela en la página Convertir.
convert-not-an-account-short = No es una cuenta de este directorio.
convert-batch-none-ticked = Marque al menos una cuenta para convertir.
convert-batch-too-many = Como máximo { $max } cuentas a la vez; marque menos.
convert-pick-language = Elija un idioma de la lista.
convert-sign-in-password = el nombre de usuario y la contraseña de esta organización
convert-sign-in-way = { $way } ({ $issuer })
convert-already-invited-title = Ya invitado a B2B
convert-already-invited = { $name } ya inicia sesión, o fue invitado a iniciarla, con una cuenta externa (estado: { $state }). Una cuenta solo se convierte una vez. Para enviar a { $name } un nuevo vínculo, o permitirle aceptar de nuevo con otra cuenta, reenvíe la invitación o restablezca el canje.
convert-on-premises-upn-title = Sincronizado por Entra Connect con un nombre de usuario local
convert-on-premises-upn = Esta cuenta procede de su Active Directory local, y Microsoft Entra Connect escribió su nombre de usuario local ({ $upn }) en onPremisesUserPrincipalName, como hace una de sus reglas de sincronización predeterminadas con cada usuario. Como ese atributo puede impedir que una persona inicie sesión con una cuenta externa, Microsoft no convierte las cuentas que lo tienen. Para convertir a { $name }: en el Editor de reglas de sincronización de Entra Connect, agregue una regla de salida hacia Microsoft Entra ID que tenga prioridad sobre la predeterminada y deje de escribir onPremisesUserPrincipalName para esta cuenta (Microsoft recomienda una regla propia en lugar de modificar la predeterminada, que las actualizaciones sobrescriben), ejecute un ciclo de sincronización y vuelva a comprobarlo aquí.
convert-synced-title = Sincronizado desde el entorno local
convert-synced = Su Active Directory local sigue siendo el origen de autoridad de la cuenta de { $name }: los cambios allí sobrescriben la nube, y eliminar la cuenta local (o sacarla del ámbito sincronizado) elimina esta cuenta en la nube junto con su acceso B2B. Para que { $name } deje de iniciar sesión en el entorno local, establezca la contraseña local en un valor largo y desconocido en lugar de eliminar la cuenta.
convert-roles-title = Tiene roles de administrador
convert-roles = { $name } tiene estos roles en su directorio: { $roles }. Se mantienen en la cuenta después de la conversión, y entonces los tendrá quien controle la cuenta de { $name } en su propia organización. Quite los roles que { $name } ya no necesite.
convert-a-directory-role = un rol de directorio
convert-own-domain-title = La dirección está en su propio dominio
convert-own-domain = { $domain } es un dominio comprobado de su organización. B2B significa que { $name } inicia sesión con una cuenta de otra organización, así que la dirección debe ser de esa persona (por ejemplo, la dirección de { $name } en su propia empresa) y no de su inquilino. Escriba su dirección externa y vuelva a comprobarla.
convert-address-unusable-title = No se puede usar la dirección
convert-address-unusable = No se puede usar la dirección: { $error }.
convert-address-taken-title = Otra cuenta usa esta dirección
convert-address-taken = { $name } ({ $upn }) ya tiene { $address }. Una dirección pertenece a una sola cuenta: use otra dirección o quítela antes de esa cuenta.
convert-no-address-title = Sin dirección externa
convert-no-address = La cuenta no tiene dirección de correo. Escriba la dirección en su propia organización con la que iniciará sesión y compruébela.
convert-mailbox-title = La dirección de correo pertenece a un buzón de Exchange
convert-mailbox-blocker = Microsoft solo convierte una cuenta cuando su dirección de correo (mail) es la dirección externa. { $name } tiene un buzón de Exchange Online, así que Exchange administra esa dirección y Guestlist no puede cambiarla. Cambie la dirección de correo principal a { $address } en el centro de administración de Exchange (Destinatarios → Buzones → { $name } → Direcciones de correo electrónico) o, si ya no se necesita el buzón, quite su licencia de Exchange Online; después vuelva a comprobarlo aquí.
convert-mail-on-premises-title = La dirección de correo procede del entorno local
convert-mail-on-premises = Microsoft solo convierte una cuenta cuando su dirección de correo (mail) es la dirección externa. La dirección de { $name } se sincroniza desde su Active Directory local: establezca allí el atributo mail en { $address }, ejecute un ciclo de sincronización y vuelva a comprobarlo aquí.

## Por qué no se hizo una conversión.

convert-form-blocked = { $name } aún no se puede convertir: { $blockers }. Cada punto se explica abajo con su solución.
convert-form-set-mail = Microsoft solo convierte a { $name } cuando la dirección de correo (mail) es { $address }. Marque «Establecer la dirección de correo en la dirección externa» o use la dirección que { $name } tiene ahora.
convert-form-cc = El destinatario de la copia no es una dirección de correo válida. Corríjala o deje el campo vacío.
convert-mail-refused = Microsoft ha rechazado cambiar la dirección de correo de { $name } a { $address }: la dirección de una cuenta con buzón de Exchange se administra en Exchange, y la de una cuenta sincronizada, en su directorio local. Cámbiela allí (centro de administración de Exchange → Destinatarios → Buzones → { $display_name } → Direcciones de correo electrónico) y vuelva a comprobarlo. No se ha enviado nada. ({ $error })
convert-mail-failed = No se pudo establecer la dirección de correo de { $name }, así que no se ha enviado nada: { $error }
convert-password-failed = No se pudo restablecer la contraseña de { $name }: { $error } La contraseña anterior sigue funcionando; restablézcala en el centro de administración de Microsoft Entra (Usuarios → { $display_name } → Restablecer contraseña).
convert-password-failed-app = No se pudo restablecer la contraseña de { $name }: { $error } Guestlist actúa con su propio permiso de aplicación (GUESTLIST_INVITE_CREDENTIAL=application), y Microsoft solo permite a una aplicación restablecer contraseñas si la propia aplicación tiene el rol Administrador de usuarios en Microsoft Entra. La contraseña anterior sigue funcionando; restablézcala en el centro de administración de Microsoft Entra (Usuarios → { $display_name } → Restablecer contraseña).
convert-password-failed-delegated = No se pudo restablecer la contraseña de { $name }: { $error } Restablecer una contraseña requiere el rol Administrador de usuarios en Microsoft Entra (Administrador de autenticación con privilegios o Administrador global si { $name } tiene un rol de administrador), y Guestlist necesita el permiso User-PasswordProfile.ReadWrite.All con consentimiento de administrador. La contraseña anterior sigue funcionando; restablézcala en el centro de administración de Microsoft Entra (Usuarios → { $display_name } → Restablecer contraseña).
convert-invitation-refused = Microsoft no ha convertido a { $name }: { $error }
convert-invitation-refused-role = Microsoft no ha convertido a { $name }: { $error } Convertir una cuenta requiere el rol Administrador de usuarios (o superior) en Microsoft Entra.

## La página de resultado.

convert-heading = Conversión iniciada
convert-heading-password-failed = Conversión iniciada, pero no se pudo restablecer la contraseña
convert-heading-type-failed = Conversión iniciada, pero no se pudo establecer el tipo de usuario
convert-heading-both-failed = Conversión iniciada, pero no se pudo restablecer la contraseña ni establecer el tipo de usuario
convert-done-nothing-until = Nada cambia hasta que { $name } acepte. Cuando { $name } abra el vínculo e inicie sesión con su cuenta de { $domain } ({ $address }), la cuenta empezará a iniciar sesión de forma externa.
convert-done-keeps = { $name } conserva el mismo identificador de objeto ({ $id }), nombre de usuario ({ $upn }), pertenencia a grupos y asignaciones de aplicaciones; solo cambia la forma de iniciar sesión.
convert-done-domain = { $name } debe aceptar con una cuenta de { $domain }, el dominio de la dirección de correo: con otra cuenta, servicios como Teams no pueden iniciar su sesión.
convert-done-one-way = A partir de entonces, { $name } usa esa cuenta externa para las aplicaciones en la nube de su organización. Es irreversible: el inicio de sesión externo no se puede quitar; deshacerlo significa eliminar y volver a crear la cuenta.
convert-done-password-reset = La contraseña de { $name } se ha restablecido a un valor aleatorio que nadie conoce: la contraseña anterior ya no funciona y, hasta que { $name } acepte, la cuenta no se puede usar.
convert-done-password-on-premises = La contraseña local de { $name } sigue funcionando en el entorno local. Establézcala en un valor largo y desconocido en Active Directory si { $name } ya no debe usarla.
convert-done-password-kept = La contraseña actual de { $name } sigue funcionando (también para los recursos locales) hasta que la restablezca.
convert-done-guest = El tipo de usuario de { $name } es ahora Invitado: se factura como usuario externo (usuarios activos mensuales) y con permisos de invitado en el directorio.
convert-done-guest-failed = No se pudo establecer el tipo de usuario de { $name } en Invitado: { $error } Cámbielo en la página del directorio de { $name }.
convert-done-type-stays-guest = El tipo de usuario de { $name } sigue siendo Invitado: la conversión no lo cambia.
convert-done-type-stays = El tipo de usuario de { $name } sigue siendo { $user_type }: la conversión no lo cambia. Para facturar por usuarios activos mensuales, establézcalo en Invitado en la página Directorio.
convert-done-teams = En Microsoft Teams, { $name } debe abrir primero { $url } para que Teams abra su organización y no la propia.

## Lotes.

convert-batch-open-assistant = Para dar a { $name } una dirección externa, abra el asistente para { $name }.
convert-batch-action-invited = Nada: ya invitado ({ $state }). Reenvíe o restablezca en la página del directorio de { $name }.
convert-batch-action-send = Enviar la invitación B2B a { $address }; { $name } conserva la cuenta, sus grupos y aplicaciones.
convert-batch-action-blocked = Nada hasta que se resuelvan los bloqueos.
convert-batch-mailed = Convirtiendo: Microsoft ha enviado la invitación a { $address }; la cuenta cambia cuando { $name } acepte.
convert-batch-link = Convirtiendo: pase el vínculo de abajo a { $name }; la cuenta cambia cuando { $name } acepte.
convert-batch-guest = Tipo de usuario establecido en Invitado.
convert-batch-guest-failed = No se pudo establecer el tipo de usuario en Invitado ({ $error }); cámbielo en la página Directorio.

## La página del asistente.

convert-batch-gone = Ya no hay ningún lote que convertir. Vuelva a marcar las cuentas.
convert-title = Convertir en usuario externo
convert-back = Volver a la lista de cuentas internas
convert-heading-account = Convertir a { $name } en usuario externo
convert-assistant-lead = { $name } iniciará sesión con la cuenta de su propia organización en lugar de con una contraseña suya, y conservará esta cuenta: su identificador de objeto, nombre de usuario, pertenencia a grupos y asignaciones de aplicaciones. Guestlist comprueba primero cada requisito previo y no se cambia nada hasta que usted convierta.
convert-object-id = Identificador de objeto
convert-mail-property = Dirección de correo (mail)
convert-not-set = sin establecer
convert-managed-on-premises = su Active Directory local (sincronizado)
convert-managed-cloud = Solo Microsoft Entra (solo en la nube)
convert-mailbox = Buzón
convert-mailbox-exchange = Buzón de Exchange Online
convert-mailbox-none = ninguno
convert-signs-in-with = Inicia sesión con
convert-finding-blocker = Bloquea la conversión: { $title }
convert-finding-warning = Conviene saber: { $title }
convert-directory-link = Reenviar la invitación o restablecer el canje en la página del directorio de { $name }
convert-ready = Nada lo impide: { $name } se puede convertir con { $address }.
convert-address-label = Dirección de correo externa
convert-address-help = La dirección en su propia organización con la que { $name } iniciará sesión. Microsoft exige que la dirección de correo (mail) de la cuenta sea esta dirección.
convert-check-address = Comprobar esta dirección
convert-set-mail-label = Establecer la dirección de correo en la dirección externa
convert-set-mail-help = La dirección de correo (mail) de { $name } es { $current }; Microsoft exige { $address }. Guestlist la establece justo antes de la invitación; la dirección anterior se quita de la cuenta.
convert-mail-already = La dirección de correo de { $name } ya es { $address }.
convert-password-title = Contraseña:
convert-password-on-premises = La contraseña de { $name } procede de su Active Directory local y sigue funcionando allí. Establézcala en un valor largo y desconocido en Active Directory si { $name } ya no debe usarla.
convert-reset-password-label = Restablecer ahora la contraseña a un valor aleatorio
convert-reset-password-help = La contraseña actual deja de funcionar de inmediato y nadie conoce la nueva: { $name } solo iniciará sesión con la cuenta de su propia organización, una vez que acepte. Desmarque la casilla para que la contraseña actual siga funcionando, también para los recursos locales después de la conversión.
convert-billing-title = Facturación:
convert-billing-guest = El tipo de usuario de { $name } ya es Invitado: se factura como usuario externo (usuarios activos mensuales).
convert-set-guest-label = Establecer el tipo de usuario en Invitado
convert-set-guest-help = La conversión no cambia el tipo de usuario. Como Invitado, { $name } se factura como usuario externo (usuarios activos mensuales, una vez que su inquilino esté vinculado a una suscripción de Azure) y obtiene permisos de invitado en su directorio; si se deja como Miembro, { $name } conserva los permisos de miembro.
convert-considerations = Consideraciones
convert-teams-title = Teams:
convert-teams-before = Teams abre la organización propia de cada persona. Después de aceptar, { $name } debe abrir primero
convert-teams-after = para llegar a la suya. La página de resultado lo repite.
convert-invitation = La invitación
convert-send-mail-label = Microsoft envía el correo de invitación
convert-send-mail-help = Desmarque la casilla para no enviar nada ahora: la página de resultado muestra el vínculo para copiarlo, como código QR o para enviarlo desde Guestlist.
convert-message-help = Unas palabras sobre por qué cambia su inicio de sesión. Microsoft envía entonces sus palabras en lugar de su texto estándar.

## La página de lotes.

convert-batch-title = Convertir cuentas internas
convert-batch-lead = Los socios que recibieron una cuenta de su organización pueden iniciar sesión con la cuenta de su propia organización y conservar esta cuenta con sus grupos y aplicaciones. Elija cuentas para ver, en cada una, qué lo impide y qué se hará; o abra una para establecer su dirección externa y elegir los detalles.
convert-on-premises = local
convert-cloud-only = solo en la nube
convert-open-assistant = Abrir el asistente para { $name }
convert-find-label = Buscar cuentas internas
convert-find-help = El principio de un nombre, una dirección de correo o un nombre de usuario. Si se deja vacío, se muestran todas.
convert-internal-count = { $count ->
    [one] { $count } cuenta interna.
   *[other] { $count } cuentas internas.
}
convert-col-convert = Convertir
convert-col-name = Nombre
convert-col-upn = Nombre de usuario
convert-col-mail = Dirección de correo
convert-col-user-type = Tipo de usuario
convert-col-managed-in = Administrada en
convert-col-one = Una a una
convert-col-account = Cuenta
convert-col-address = Dirección externa
convert-col-checks = Comprobaciones
convert-col-action = Qué se hará
convert-col-result = Resultado
convert-col-link = Vínculo
convert-check-selected = Comprobar las cuentas seleccionadas
convert-left-out = Excluida: { $blockers }.
convert-no-blockers = Sin bloqueos.
convert-none-eligible = Ninguna de estas cuentas se puede convertir todavía: los bloqueos de cada una indican qué corregir.
convert-batch-send-mail-label = Microsoft envía los correos de invitación
convert-batch-send-mail-help = Desmarque la casilla para no enviar nada ahora: los resultados muestran el vínculo de cada persona para pasárselo.
convert-batch-language = Idioma de los correos
convert-batch-set-guest-label = Establecer también en Invitado el tipo de usuario de los miembros
convert-batch-set-guest-help = La conversión no cambia el tipo de usuario. Como Invitados, se facturan como usuarios externos (usuarios activos mensuales) y obtienen permisos de invitado.
convert-batch-convert = { $count ->
    [one] Convertir { $count } cuenta apta
   *[other] Convertir { $count } cuentas aptas
}
convert-preview = Vista previa
convert-preview-lead = Todavía no se ha cambiado nada. Las cuentas con bloqueos se excluyen; abra una para corregir su dirección o ver los detalles.
convert-choose-other = Elegir otras cuentas
convert-link-label = Vínculo de invitación para { $name }
convert-link-copy = Copiar el vínculo de { $name }
convert-retry = { $count ->
    [one] Reintentar la cuenta con error
   *[other] Reintentar las { $count } cuentas con error
}
convert-results = Resultados
convert-other = Convertir otras cuentas
