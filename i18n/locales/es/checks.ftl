# Las comprobaciones antes de una invitación: cada problema dice qué hacer en su lugar.

checks-address-unusable = Esta dirección no se puede invitar: { $error }. Revise si tiene errores de escritura. Microsoft no acepta direcciones con «+» o caracteres similares; pida a la persona su dirección sencilla.
checks-own-domain = { $domain } es el dominio de su propia organización: se trata de un compañero, no de un invitado. Ya puede iniciar sesión con su cuenta de trabajo.
checks-blocked-domain = Guestlist está configurado para no invitar a personas de { $domain }. Consulte a un administrador si esta persona realmente necesita acceso.
checks-tenant-list-unreadable = No se puede leer la lista de dominios permitidos o bloqueados del inquilino ({ $error }). Pida a un administrador que revise la configuración de colaboración externa.
checks-tenant-disallows = La configuración de invitados de su organización no permite invitaciones a { $domain }. Pida a un administrador que permita el dominio, o use otra dirección.
checks-invites-off = Su organización ha desactivado las invitaciones de invitados para todos. Un administrador puede volver a activarlas en la configuración de colaboración externa del inquilino.
checks-cc-invalid = El destinatario de la copia no es una dirección de correo electrónico válida. Corríjala o deje el campo vacío.
checks-or = o
checks-redirect-not-allowed = Los invitados solo pueden dirigirse a direcciones que empiecen por { $prefixes }. Elija una de ellas o deje el valor predeterminado.
checks-redirect-not-https = La página tras la aceptación debe ser una dirección https://.
checks-member-admins-only = Solo los administradores pueden invitar a alguien como miembro. Deje la casilla sin marcar para invitar a un invitado.
checks-language-pick = Elija un idioma de la lista.
checks-usage-location = La ubicación de uso es un código de país de dos letras, como DE o US.
checks-group-no-id = Microsoft devolvió el grupo «{ $name }» sin identificador. Inténtelo de nuevo.
checks-group-unknown = No hay ningún grupo llamado «{ $name }». Revise la ortografía o use la dirección de correo electrónico del grupo.
checks-group-several = Varios grupos se llaman «{ $name }». Use en su lugar la dirección de correo electrónico del grupo.
checks-sponsors-too-many = Un invitado puede tener como máximo { $max } patrocinadores; quite { $remove }.
checks-sponsor-unknown = Nadie en su directorio tiene la dirección { $address }. Revísela, o deje el campo vacío para ser usted el patrocinador.
checks-groups-too-many = Como máximo { $max } grupos a la vez; invite primero y añada después el resto.

## Reglas de socios: lo que Guestlist hace con el dominio de un invitado.

checks-partner-decision-allow = Permitir
checks-partner-decision-block = Bloquear
checks-partner-decision-approval = Requiere aprobación
checks-partner-verdict-allowed = Permitido
checks-partner-verdict-approval = Permitido tras aprobación
checks-partner-verdict-blocked = Bloqueado
checks-partner-default-blocks = La regla predeterminada de Guestlist bloquea las invitaciones a dominios sin regla propia. Pida a un administrador que añada una regla para este dominio.
checks-partner-rule-blocks = La regla de Guestlist para { $domain } bloquea las invitaciones a ese dominio. Consulte a un administrador si esta persona realmente necesita acceso.
checks-partner-sponsors-needed = Los invitados de { $domain } necesitan al menos { $required } patrocinadores; indique { $more } más (la dirección de un compañero o el nombre de un grupo, uno por línea).
checks-partner-own-domain = { $domain } es uno de los dominios de su organización: sus personas son compañeros, no invitados.
checks-partner-invitations-off = La configuración de colaboración externa del inquilino no permite a nadie invitar a invitados (allowInvitesFrom: none).
checks-partner-tenant-list = La lista de permitidos y bloqueados del inquilino para la colaboración B2B no admite { $domain }.
checks-partner-guestlist-blocks = Los dominios bloqueados de Guestlist incluyen { $domain }.
checks-partner-default-allows = La regla predeterminada de Guestlist lo permite.
checks-partner-rule-allows = La regla de Guestlist para { $domain } lo permite.
checks-partner-default-requires-approval = La regla predeterminada de Guestlist requiere la aprobación de un aprobador.
checks-partner-rule-requires-approval = La regla de Guestlist para { $domain } requiere la aprobación de un aprobador.
checks-partner-default-decides-block = La regla predeterminada de Guestlist lo bloquea.
checks-partner-rule-decides-block = La regla de Guestlist para { $domain } lo bloquea.

## Alguien que ya está en el directorio con la dirección.

checks-existing-guest = { $name } ({ $upn }), invitado, { $state }.
checks-existing-member = { $name } ({ $upn }), miembro, { $state }.
checks-existing-no-state = sin estado de invitación
