# El marco de la página (encabezado, navegación, menú de idiomas, aviso del entorno de pruebas),
# la página de inicio, el inicio de sesión y los errores propios de la aplicación.

shell-skip-link = Ir al contenido principal
shell-nav-label = Navegación principal
shell-sign-in = Iniciar sesión
shell-sign-out = Cerrar sesión

## El menú de idiomas del encabezado.

shell-language-label = Idioma
shell-language-change = Cambiar idioma

## El aviso del entorno de pruebas. { $mailbox } es el enlace «buzón del entorno de pruebas».

shell-sandbox-label = Inquilino de pruebas
shell-sandbox-title = Inquilino de pruebas.
shell-sandbox-text = Está usando un inquilino simulado de Microsoft Entra que se ejecuta en este equipo. Nada sale de este equipo: las invitaciones y los correos van al { $mailbox } en lugar de a personas reales.
shell-sandbox-mailbox = buzón del entorno de pruebas

## Una página que no existe. { $link } es el enlace «Ir a la página de inicio».

shell-not-found-title = Página no encontrada
shell-not-found-text = No hay ninguna página en esta dirección. { $link }.
shell-not-found-home = Ir a la página de inicio

## La navegación: el nombre de cada página y una frase para la página de inicio.

shell-nav-home = Inicio
shell-nav-home-summary = Vea con qué cuenta ha iniciado sesión y qué puede hacer.
shell-nav-my-guests = Mis invitados
shell-nav-my-guests-summary = Los invitados que usted patrocina, con lo que necesita para decidir si aún necesitan acceso: mantener, prolongar, finalizar o traspasar.
shell-nav-dashboard = Panel
shell-nav-dashboard-summary = Vea cuántos usuarios externos hay y en qué situación están; cada cifra enlaza exactamente con esas personas.
shell-nav-continuity = Continuidad de patrocinadores
shell-nav-continuity-summary = Encuentre invitados cuyos patrocinadores se fueron o faltan, y traspáselos a un sucesor (el responsable de quien se fue, o quien los invitó).
shell-nav-reviews = Revisiones de acceso
shell-nav-reviews-summary = Lleve a cabo campañas de revisión en las que los patrocinadores confirman que sus invitados aún necesitan acceso, y mantenga las reglas de ciclo de vida que se aplican cada día: cada cambio con vista previa, limitado y reversible.
shell-nav-guests = Invitados
shell-nav-guests-summary = Todos los usuarios externos en una lista: filtre, abra uno para ver los detalles, actúe sobre varios a la vez, exporte la vista.
shell-nav-invite = Invitar
shell-nav-invite-summary = Invite como invitado a alguien de fuera de la organización (o pídaselo a un aprobador si usted no puede invitar).
shell-nav-my-requests = Mis solicitudes
shell-nav-my-requests-summary = Sus solicitudes para invitar a invitados y las respuestas de los aprobadores.
shell-nav-approvals = Aprobaciones
shell-nav-approvals-summary = Apruebe o rechace con un clic las solicitudes de sus compañeros para invitar a invitados.
shell-nav-bulk-invite = Invitación masiva
shell-nav-bulk-invite-summary = Invite a muchas personas a la vez desde un archivo CSV o una lista pegada (o pídaselo a un aprobador): vea qué pasará con cada fila antes de enviar nada.
shell-nav-directory = Directorio
shell-nav-directory-summary = Encuentre a cualquier persona del directorio, vea su estado de colaboración B2B, reenvíe o restablezca una invitación, cambie su tipo de usuario o su dirección de correo.
shell-nav-convert = Convertir
shell-nav-convert-summary = Pase a B2B las cuentas internas de socios, para que inicien sesión con la cuenta de su propia organización y conserven su acceso.
shell-nav-audit = Auditoría
shell-nav-audit-summary = Vea cada intento de invitación: quién, cuándo, a quién y qué ocurrió.
shell-nav-settings = Configuración
shell-nav-settings-summary = Defina las reglas de socios por dominio y quién aprueba las solicitudes, y vea la configuración del propio inquilino y cualquier versión anterior.
shell-nav-rules = Reglas
shell-nav-rules-summary = Decida qué grupos y roles de aplicación pueden dar los invitadores a sus invitados.

## La página de inicio.

shell-home-title = Inicio
shell-welcome-title = Bienvenido
shell-welcome-heading = Acceso de invitados, con cuidado
shell-welcome-lead = Guestlist ayuda a su organización a invitar a personas de fuera como invitados, a saber quién las patrocina y a retirar el acceso que ya no se necesita.
shell-welcome-sign-in-text = Inicie sesión con su cuenta profesional para continuar.
shell-home-hello = Hola, { $name }
shell-home-admin-lead = Usted es { $role }: { $description }
shell-home-role = { $role }: { $description }
shell-home-signed-in = Ha iniciado sesión como { $account }.
shell-home-signed-in-with-email = Ha iniciado sesión como { $account } ({ $email }).
shell-home-roles = Sus roles
shell-home-places = Qué puede hacer aquí

## Qué significa cada rol, en la página de inicio.

shell-role-admin = Usted gestiona el acceso de invitados de toda la organización: todos los invitados, la configuración y la auditoría.
shell-role-inviter = Puede invitar como invitados a personas de fuera de la organización.
shell-role-helpdesk = Puede ver todos los invitados y sus detalles, y reenviar o restablecer sus invitaciones cuando no pueden entrar.
shell-role-sponsor = Puede ocuparse de los invitados que patrocina: ver quiénes son y si aún necesitan acceso.

## Errores.

shell-no-tenant-mode = El servidor no indicó qué inquilino usa.
shell-transport-error = El portal no respondió correctamente ({ $detail }). Compruebe su conexión y vuelva a intentarlo.
