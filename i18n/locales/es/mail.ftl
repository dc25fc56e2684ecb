# The mail Guestlist writes to sponsors, requesters and approvers (plain text).

mail-hello = Hola:
mail-their-reason = Motivo indicado:
mail-their-comment = Comentario:

## To sponsors.

mail-sponsor-extension-asked-subject = { $guest } solicita más tiempo como invitado
mail-sponsor-extension-asked = { $guest }, un invitado del que usted es patrocinador, solicita mantener su acceso.
mail-sponsor-extension-asked-until = { $guest }, un invitado del que usted es patrocinador, solicita mantener su acceso hasta el { $until }.
mail-sponsor-extend-or-end = Abra «Mis invitados» para ampliar su acceso o finalizarlo:
mail-sponsor-ending-subject = Se está finalizando el acceso de { $guest }
mail-sponsor-ending = { $by } finalizó el acceso de { $guest }, un invitado del que usted es patrocinador: ya no puede iniciar sesión, y su cuenta se eliminará el { $date }.
mail-sponsor-undo = Si todavía necesita acceso, deshágalo en «Mis invitados» antes de esa fecha:
mail-sponsor-about-to-end-subject = La cuenta de { $guest } se eliminará el { $date }
mail-sponsor-about-to-end = { $by } finalizó el acceso de { $guest }, un invitado del que usted es patrocinador. Su cuenta se eliminará el { $date }; después, un administrador podrá restaurarla durante 30 días.
mail-sponsor-new-subject = Ahora es usted patrocinador de { $guest }
mail-sponsor-handed-over = { $by } le ha transferido el patrocinio de { $guest }, un invitado de su organización. Como patrocinador, confirmará de vez en cuando que todavía necesita acceso, y lo finalizará cuando ya no lo necesite.
mail-sponsor-co-sponsor = { $by } le ha añadido como patrocinador de { $guest }, un invitado de su organización, además de sí mismo. Como patrocinador, confirmará de vez en cuando que todavía necesita acceso, y lo finalizará cuando ya no lo necesite.
mail-sponsor-succeeded = { $by } le ha nombrado patrocinador de { $guest }, un invitado de su organización, en lugar de { $from }, que ya no puede responder por él. Como patrocinador, confirmará de vez en cuando que todavía necesita acceso, y lo finalizará cuando ya no lo necesite.
mail-sponsor-see-them = Véalo en «Mis invitados»:

## About invitation requests.

mail-request-asked-subject = { $requester } solicita invitar a { $guest }
mail-request-asked = { $requester } solicita invitar a { $guest } como invitado.
mail-request-decide = Apruebe o deniegue la solicitud con un clic:
mail-request-expires = Si nadie responde, la solicitud caduca el { $date }.
mail-request-approved-subject = Se aprobó su solicitud para invitar a { $guest }
mail-request-approved = { $by } aprobó su solicitud para invitar a { $guest }: la invitación se ha enviado y usted es su patrocinador.
mail-request-denied-subject = Se denegó su solicitud para invitar a { $guest }
mail-request-denied = { $by } denegó su solicitud para invitar a { $guest }; no se envió nada.
mail-request-expired-subject = Caducó su solicitud para invitar a { $guest }
mail-request-expired = { $days ->
    [one] Nadie respondió a su solicitud para invitar a { $guest } en { $days } día, por lo que caducó y no se envió nada. Vuelva a solicitarlo si el invitado todavía es necesario:
   *[other] Nadie respondió a su solicitud para invitar a { $guest } en { $days } días, por lo que caducó y no se envió nada. Vuelva a solicitarlo si el invitado todavía es necesario:
}
mail-request-see-requests = Vea sus solicitudes:

## A queued mail's state.

mail-status-sent = Enviado: { $at }.
mail-status-unknown-time = fecha desconocida
mail-status-not-sent = No enviado: { $error }
mail-status-given-up = Guestlist dejó de intentarlo.
mail-status-queued = En cola; se enviará en un momento.
mail-status-retrying = En cola; el intento { $attempt } falló ({ $error }), se volverá a intentar: { $next }.
mail-status-soon = pronto
