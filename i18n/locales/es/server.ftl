# The server's own answers: sign-in errors, the page around them, the language choice.

server-page-title = { $title } – Guestlist
server-skip-link = Ir al contenido principal
server-sign-in-failed-title = No se completó el inicio de sesión
server-sign-in-failed = No se completó el inicio de sesión: { $reason }.
server-try-again = Volver a intentarlo
server-home = Inicio
server-signed-out-title = Sesión cerrada
server-signed-out = Ha cerrado la sesión de Guestlist.
server-cross-site = Esta solicitud procedía de otro sitio web, por lo que Guestlist la rechazó. Si realmente quería hacerlo, abra Guestlist y hágalo desde allí.
server-language-unknown = Guestlist no está disponible en este idioma. Elija uno de estos: { $languages }.

## Why sign-in did not finish.

server-error-discovery = no se pudo contactar con el servicio de inicio de sesión o no respondió correctamente ({ $detail })
server-error-provider = el servicio de inicio de sesión indicó: { $detail }
server-error-nothing-pending = no había ningún inicio de sesión en curso en este navegador; puede que ya haya terminado o que haya tardado demasiado
server-error-state-mismatch = la respuesta del servicio de inicio de sesión no correspondía al inicio de sesión comenzado en este navegador
server-error-wrong-issuer = la respuesta no procedía del servicio de inicio de sesión que usa este portal (su emisor es { $detail })
server-error-missing-code = el servicio de inicio de sesión no devolvió ningún código de inicio de sesión
server-error-exchange = no se pudo canjear el código de inicio de sesión ({ $detail })
server-error-missing-id-token = el servicio de inicio de sesión no devolvió ningún token de ID
server-error-invalid-id-token = no se pudo verificar el token de ID ({ $detail })
server-error-missing-identity = el token de ID no indica quién es usted (falta la notificación oid o tid)
server-error-session = no se pudo guardar la sesión ({ $detail })
server-error-account-gone = su cuenta está deshabilitada o ya no existe en el directorio
server-error-account-unchecked = el portal no pudo comprobar su cuenta en el directorio ({ $detail }) y, sin ello, no puede saber si usted es miembro de la organización; vuelva a intentarlo dentro de unos minutos o consulte a su administrador si el problema continúa
