# Patrocinadores: Mis invitados, finalizar el acceso, la página de acceso de un invitado y las respuestas a los patrocinadores.

sponsors-my-guests = Mis invitados
sponsors-back-home = Volver a la página de inicio
sponsors-open-my-guests = Abrir Mis invitados
sponsors-back-my-guests = Volver a Mis invitados
sponsors-breadcrumb = Ruta de navegación

## Mis invitados: la lista y la ficha de cada invitado.

sponsors-none = No patrocina a ningún invitado. Cuando invite a alguien, o un compañero le transfiera su patrocinio, aparecerán aquí.
sponsors-summary = { $count ->
    [one] Patrocina a { $count } invitado: usted responde de si todavía necesita acceso.
   *[other] Patrocina a { $count } invitados: usted responde de si todavía necesitan acceso.
}
sponsors-co-sponsor-group = { $name } (grupo)
sponsors-co-sponsor-detail = { $name } ({ $detail })
sponsors-sign-in-none = ninguno registrado
sponsors-sign-in-interactive = Último inicio de sesión (interactivo)
sponsors-sign-in-non-interactive = Último inicio de sesión (no interactivo, p. ej. Teams en segundo plano)
sponsors-sign-in-successful = Último inicio de sesión correcto
sponsors-sign-in-last = Último inicio de sesión
sponsors-sign-in-unavailable = No disponible. { $why }
sponsors-undo-label = Deshacer: devolver el acceso a { $name }
sponsors-end-label = Finalizar el acceso de { $name }…
sponsors-how-direct = Usted lo patrocina directamente.
sponsors-how-group = Usted lo patrocina a través del grupo { $groups }.
sponsors-co-none = Ninguno: usted es su único patrocinador.
sponsors-request-until = Pidió más tiempo hasta el { $until } el { $date }:
sponsors-request = Pidió más tiempo el { $date }:
sponsors-ended-note = Acceso finalizado el { $date } por { $name }: no puede iniciar sesión y su cuenta se eliminará el { $delete }.
sponsors-resend-button = Obtener un nuevo enlace de invitación
sponsors-hand-over-label = Transferir mi patrocinio (dejo de patrocinarlo)
sponsors-keep-button = Mantener: todavía necesita acceso
sponsors-access-until = Acceso hasta
sponsors-extend-button = Ampliar
sponsors-colleague-label = Dirección de correo electrónico del compañero
sponsors-add-button = Añadir como patrocinador
sponsors-ending-help = Finalizar bloquea el inicio de sesión de inmediato y elimina la cuenta después de { $days } días; hasta entonces puede deshacerlo aquí.
sponsors-fact-invitation = Invitación
sponsors-fact-groups = Grupos
sponsors-none-groups = Ninguno
sponsors-fact-apps = Aplicaciones
sponsors-none-apps = Ninguna asignada
sponsors-fact-invited = Invitado
sponsors-fact-sponsorship = Su patrocinio
sponsors-fact-other-sponsors = Otros patrocinadores
sponsors-no-end-date = Sin fecha de finalización
sponsors-fact-next-review = Próxima revisión
sponsors-fact-last-confirmed = Última confirmación
sponsors-never-confirmed = Nunca en Guestlist

## Los datos de un invitado, en palabras.

sponsors-a-guest = Un invitado
sponsors-a-sponsor = Un patrocinador
sponsors-this-guest = Este invitado
sponsors-an-app = Una aplicación
sponsors-accepted = Aceptada
sponsors-accepted-on = Aceptada el { $date }
sponsors-invitation-pending = Invitación pendiente
sponsors-invitation-pending-since = Invitación pendiente desde el { $date }
sponsors-not-invited-b2b = No invitado mediante una invitación B2B (la cuenta se creó de otra forma)
sponsors-invited-not-through = No invitado a través de Guestlist (o antes de que comenzara su registro de auditoría): el registro de auditoría de Microsoft Entra indica quién lo invitó.
sponsors-invited-by-reason = Invitado por { $by } el { $date }, a través de Guestlist. El motivo indicado: «{ $reason }»
sponsors-invited-by = Invitado por { $by } el { $date }, a través de Guestlist. No se indicó ningún motivo.
sponsors-unconfirmed = Aún no confirmado en Guestlist: confírmelo antes del { $date }
sponsors-confirmed-by = { $date } por { $name }

## Finalizar el acceso (la página de confirmación).

sponsors-end-title = Finalizar el acceso
sponsors-end-not-yours = Este invitado no es uno de los suyos.
sponsors-end-for = Finalizar el acceso de { $name }
sponsors-end-what-sign-in = { $name } ya no puede iniciar sesión, desde ahora. Las sesiones abiertas terminan cuando caducan sus tokens (normalmente en menos de una hora).
sponsors-end-what-deleted = La cuenta se elimina después de { $days } días. Hasta entonces usted, u otro patrocinador, puede deshacerlo en Mis invitados: el acceso vuelve a ser como era.
sponsors-end-what-told = Los demás patrocinadores reciben un aviso por correo electrónico.
sponsors-end-understand = Lo entiendo
sponsors-end-understand-help = El inicio de sesión se bloquea de inmediato; la cuenta se elimina al terminar el período de gracia.
sponsors-end-keep-link = Mantenerlo: volver a Mis invitados

## Las acciones de los patrocinadores: respuestas y rechazos.

sponsors-not-yours = No es uno de los invitados que usted patrocina (o ya no existe), así que Guestlist no lo mostrará ni lo cambiará. Abra Mis invitados para ver los invitados que patrocina.
sponsors-only-people = Solo una persona que ha iniciado sesión en el portal patrocina invitados; la línea de comandos y las tareas en segundo plano no.
sponsors-keep-ending = Se está finalizando el acceso de { $name }. Deshágalo primero si todavía necesita acceso.
sponsors-keep-done = Gracias: { $name } mantiene su acceso. Se le volverá a preguntar antes del { $date }.
sponsors-date-format = Introduzca la fecha hasta la que debe durar el acceso, por ejemplo 2027-06-30.
sponsors-date-unusable = No se puede usar esa fecha.
sponsors-date-passed = El { $date } ya ha pasado: elija un día posterior a hoy.
sponsors-date-too-far = Amplíe como máximo un año cada vez (hasta el { $date } como muy tarde); podrá volver a ampliarlo más adelante.
sponsors-extend-ending = Se está finalizando el acceso de { $name }. Deshágalo primero y después amplíelo.
sponsors-extend-done = El acceso de { $name } dura ahora hasta el { $date }. Se le volverá a preguntar entonces.
sponsors-end-unconfirmed = Marque «Lo entiendo» para confirmar la finalización del acceso.
sponsors-end-already = Ya se está finalizando el acceso de { $name }.
sponsors-end-member = { $name } es miembro de su organización, no un invitado: su acceso termina con su relación laboral, no en Mis invitados.
sponsors-end-done = { $name } ya no puede iniciar sesión. Su cuenta se eliminará el { $date }.
sponsors-end-undo-hint = Hasta entonces usted (u otro patrocinador) puede deshacerlo en Mis invitados: el acceso vuelve a ser como era.
sponsors-end-mailed = Los demás patrocinadores recibieron un aviso por correo electrónico ({ $count }).
sponsors-undo-nothing = El acceso de { $name } no se está finalizando: no hay nada que deshacer.
sponsors-undo-too-late = El período de gracia de { $name } ha terminado y la cuenta se está eliminando. Un administrador puede restaurarla desde Invitados eliminados recientemente en un plazo de 30 días.
sponsors-undo-done = { $name } puede volver a iniciar sesión; sus grupos, aplicaciones y patrocinadores siguen como estaban.
sponsors-resend-accepted = { $name } ya aceptó su invitación: no hay nada que reenviar.
sponsors-resend-link = Un nuevo enlace de invitación para { $name }:
sponsors-resend-pass-on = Microsoft no envía correo a una dirección que ya invitó: transmita usted mismo este enlace.
sponsors-colleague-enter = Introduzca la dirección de correo electrónico de su compañero, por ejemplo jonas.lindqvist@northwind.example.
sponsors-colleague-nobody = Nadie en su organización tiene la dirección { $address }. Compruébela e inténtelo de nuevo.
sponsors-colleague-guest = { $name } es un invitado, y solo los miembros de su organización pueden patrocinar invitados.
sponsors-colleague-disabled = La cuenta de { $name } está deshabilitada: elija a alguien que siga en la organización.
sponsors-hand-over-group = Usted patrocina a { $name } a través del grupo { $groups }, no directamente, así que no tiene un patrocinio propio que transferir. Añada un copatrocinador o pida a un administrador que cambie el grupo.
sponsors-add-no-id = Ese compañero no tiene identificador en el directorio.
sponsors-add-already = { $new } ya patrocina a { $name }.
sponsors-add-full = { $name } ya tiene { $max } patrocinadores, el máximo que permite Microsoft Entra. Transfiera su patrocinio o pida a un copatrocinador que transfiera el suyo.
sponsors-add-failed = No se pudo añadir a { $new }: { $error }
sponsors-add-done = { $new } patrocina ahora a { $name }.
sponsors-hand-over-not-removed = No se le pudo quitar como patrocinador ({ $error }); ahora lo patrocinan juntos.
sponsors-hand-over-done = Ya no patrocina a { $name }: ya no aparece en sus Mis invitados.
sponsors-add-mailed = { $new } recibió un aviso por correo electrónico.

## El acceso de un invitado (/my-access).

sponsors-your-access = Su acceso
sponsors-access-no-sponsor = No tiene patrocinador aquí. Póngase en contacto con la persona que le invitó o con el servicio de ayuda de la organización.
sponsors-access-group = {" "}(un grupo: cualquiera de sus miembros puede ayudarle)
sponsors-access-until-date = Su acceso dura hasta el { $date }.
sponsors-access-no-end = Su acceso no tiene fecha de finalización. Sus patrocinadores confirman de vez en cuando que todavía lo necesita.
sponsors-access-asked = Pidió más tiempo el { $date }; sus patrocinadores tienen su solicitud.
sponsors-access-heading = Su acceso a { $organisation }
sponsors-access-hello = Hola, { $name }. Es usted invitado de { $organisation }.
sponsors-access-sponsors = Sus patrocinadores
sponsors-access-sponsors-help = Sus patrocinadores se ocupan de su acceso: pregúnteles si necesita algo.
sponsors-access-until-when = Hasta cuándo
sponsors-access-next-review = Próxima revisión: { $date }.
sponsors-access-ask = Pedir más tiempo
sponsors-access-until-optional = Hasta (opcional)
sponsors-access-until-help = El último día en que necesita acceso, si lo sabe.
sponsors-access-reason = Por qué todavía necesita acceso
sponsors-access-reason-help = Sus patrocinadores deciden con esto; lo reciben por correo electrónico.
sponsors-access-send = Enviar la solicitud a mis patrocinadores
sponsors-access-leaving = Salir
sponsors-access-leave-before = Cuando ya no trabaje con { $organisation }, puede salir usted mismo: inicie sesión en{" "}
sponsors-access-leave-link = My Account › Organizations
sponsors-access-leave-after = , elija { $organisation } y seleccione Salir. Su cuenta de invitado se elimina entonces; avise antes a sus patrocinadores.
sponsors-access-person-only = Solo una persona que ha iniciado sesión en el portal tiene un acceso propio que consultar.
sponsors-the-organisation = la organización
sponsors-wanted-format = Introduzca la fecha como 2027-06-30, o déjela vacía.
sponsors-wanted-passed = El { $date } ya ha pasado: elija un día posterior a hoy, o déjela vacía.
sponsors-ask-no-reason = Indique por qué todavía necesita acceso: sus patrocinadores deciden con ello.
sponsors-ask-too-long = El motivo debe tener menos de { $max } caracteres.
sponsors-ask-already = Ya lo pidió el { $date }; sus patrocinadores tienen la solicitud. Responden en Guestlist, o póngase en contacto con ellos directamente.
sponsors-ask-no-sponsor = No tiene patrocinador en esta organización, así que nadie recibiría la solicitud. Pregunte a la persona que le invitó o al servicio de ayuda de la organización.
sponsors-ask-sent = Su solicitud se envió a sus patrocinadores.
sponsors-ask-mailed = { $count } de ellos recibieron un aviso por correo electrónico; amplían su acceso, o le responden de otro modo, en Guestlist.
