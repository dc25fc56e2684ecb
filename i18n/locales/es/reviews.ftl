# Campañas de revisión y reglas de ciclo de vida: las páginas, la parte de los revisores en Mis invitados y las respuestas.

reviews-breadcrumb = Ruta de navegación
reviews-campaigns = Campañas de revisión
reviews-campaign = Campaña de revisión
reviews-back-campaigns = Volver a Campañas de revisión
reviews-back-campaign = Volver a la campaña
reviews-back-rules = Volver a Reglas de ciclo de vida

## Alcances, qué pasa con los invitados no revisados, condiciones y acciones de las reglas.

reviews-scope-all = Todos los invitados
reviews-scope-domain = Invitados de { $domain }
reviews-scope-group = Invitados del grupo { $group }
reviews-scope-inactive = Invitados inactivos durante más de { $days } días
reviews-scope-pending = Invitaciones pendientes durante más de { $days } días
reviews-scope-enter-inactive-days = Introduzca el número de días de inactividad, por ejemplo 90.
reviews-scope-enter-pending-days = Introduzca el número de días para las invitaciones pendientes, por ejemplo 90.
reviews-scope-enter-domain = Introduzca el dominio de correo de los invitados, por ejemplo contoso.com.
reviews-scope-enter-group = Introduzca el identificador de objeto del grupo.
reviews-scope-choose = Elija qué invitados: todos, un dominio, un grupo, inactivos o pendientes.
reviews-unreviewed-no-change = No cambia nada
reviews-unreviewed-end = Su acceso finaliza
reviews-unreviewed-keep = Mantienen su acceso
reviews-kind-attestation = Ningún patrocinador los confirmó en { $n } días
reviews-kind-inactivity = Inactivos durante más de { $n } días
reviews-kind-sponsors = Menos de { $n } patrocinadores que puedan actuar
reviews-kind-unredeemed = Invitación no canjeada después de { $n } días
reviews-action-notify = Avisar a sus patrocinadores
reviews-action-disable = Bloquear el inicio de sesión
reviews-action-disable-delete = Bloquear el inicio de sesión, eliminar tras el período de gracia

## La página de campañas y el formulario Nueva campaña.

reviews-started = La campaña ha comenzado: sus revisores ven a sus invitados en Mis invitados.
reviews-runs = { $starts } – { $ends }
reviews-decided-of = { $decided } de { $items }
reviews-campaigns-lead = Los patrocinadores de cada invitado confirman si el invitado todavía necesita acceso. No cambia nada hasta que la campaña termina y un administrador la aplica tras su simulación.
reviews-rules-link = Reglas de ciclo de vida y parada de emergencia
reviews-col-campaign = Campaña
reviews-col-guests = Invitados
reviews-col-runs = Período
reviews-col-decided = Decididos
reviews-col-state = Estado
reviews-start-heading = Iniciar una campaña
reviews-name = Nombre
reviews-name-help = Por ejemplo, «Invitados de Contoso, primer semestre de 2027».
reviews-which-guests = Qué invitados
reviews-option-domain = Invitados de un dominio
reviews-option-group = Invitados de un grupo
reviews-option-inactive = Invitados inactivos durante más de N días
reviews-option-pending = Invitaciones pendientes durante más de N días
reviews-value = Dominio, identificador de grupo o días
reviews-value-help = contoso.com para un dominio; el identificador de objeto del grupo; un número de días para inactivos o pendientes. Vacío para todos los invitados.
reviews-fallback = Revisor suplente
reviews-fallback-help = Dirección de correo de quien revisa a los invitados sin un patrocinador que pueda actuar, y a los que un patrocinador no conoce. Vacío: usted.
reviews-starts = Inicio
reviews-starts-help = Vacío: hoy.
reviews-ends = Fin
reviews-ends-help = Los recordatorios se envían a mitad de campaña y dos días antes del fin, solo a los revisores con elementos pendientes.
reviews-nobody-reviewed = Invitados que nadie revisó
reviews-option-unreviewed-end = Su acceso finaliza (la simulación avisa por encima del límite)
reviews-start-button = Iniciar la campaña
reviews-state-applied = Aplicada el { $date }
reviews-state-ended = Terminada: pendiente de aplicar
reviews-state-running = En curso
reviews-start-name = Dé un nombre a la campaña (200 caracteres como máximo), por ejemplo «Invitados de Contoso, primer semestre de 2027».
reviews-start-enter-start = Introduzca la fecha de inicio como fecha, por ejemplo 2027-01-31.
reviews-start-enter-end = Introduzca la fecha de fin como fecha, por ejemplo 2027-01-31.
reviews-start-end-after = La fecha de fin debe ser posterior a la de inicio y a hoy.
reviews-start-too-long = Una campaña dura un año como máximo.
reviews-start-unreviewed = Elija qué pasa con los invitados que nadie revisó.
reviews-start-fallback-enter = Introduzca la dirección de correo del revisor suplente.
reviews-start-fallback = Revisor suplente: { $why }
reviews-no-campaign = No existe esa campaña.
reviews-no-campaign-open = No existe esa campaña. Abra Campañas de revisión para verlas todas.

## Una campaña: progreso por revisor.

reviews-remind = Recordar a { $name }
reviews-fallback-mark = {" "}(revisor suplente)
reviews-cannot-tell = No se puede determinar
reviews-cannot-tell-lead = Guestlist no pudo determinar si estos invitados están inactivos, así que no están en la campaña y no les pasa nada:
reviews-read-report = Leer el informe
reviews-plan-link = Simulación: qué hará la aplicación
reviews-reviewers = Revisores
reviews-col-reviewer = Revisor
reviews-col-open = Pendientes
reviews-col-overdue = Atrasados
reviews-col-remind = Recordar
reviews-remind-not-reviewer = Esa persona no es revisor en esta campaña.
reviews-remind-done = { $count ->
    [one] Un recordatorio sobre { $count } elemento pendiente va de camino a { $name }.
   *[other] Un recordatorio sobre { $count } elementos pendientes va de camino a { $name }.
}
reviews-remind-nothing = { $name } no tiene elementos pendientes en esta campaña (o no tiene dirección de correo): no se envió ningún recordatorio.

## Por revisar (en Mis invitados).

reviews-to-review = Por revisar
reviews-to-review-lead = Las campañas de revisión le preguntan si estos invitados todavía necesitan acceso. No cambia nada antes de que la campaña termine y un administrador la aplique; hasta entonces puede cambiar su decisión.
reviews-record-for = Registrar la decisión sobre { $name }
reviews-dont-know-label = No conozco a { $name }
reviews-item-campaign = Campaña «{ $campaign }», hasta el { $date }.
reviews-item-routed = Enviado a usted como revisor suplente: { $why }.
reviews-decision = Decisión
reviews-option-extend = Ampliar hasta una fecha
reviews-option-end = Finalizar su acceso
reviews-until-extend = Hasta (para Ampliar)
reviews-why = Motivo
reviews-decision-keep = mantener
reviews-decision-extend = ampliar
reviews-decision-end = finalizar
reviews-decided = Decidido por { $by }: { $decision } — «{ $why }»
reviews-decided-until = Decidido por { $by }: { $decision } hasta el { $date } — «{ $why }»
reviews-not-yours = No le corresponde revisar a ese invitado (o la campaña ha terminado). Abra Mis invitados para ver los invitados que debe revisar.
reviews-decide-choose = Elija mantener, ampliar o finalizar.
reviews-decide-why = Indique brevemente por qué (1000 caracteres como máximo): el informe lo conserva para los auditores.
reviews-recorded-keep = Registrado: { $name } mantiene su acceso cuando «{ $campaign }» se aplique después del { $ends }. Puede cambiarlo hasta entonces.
reviews-recorded-extend = Registrado: { $name } mantiene su acceso hasta el { $until } cuando «{ $campaign }» se aplique después del { $ends }. Puede cambiarlo hasta entonces.
reviews-recorded-end = Registrado: { $name } pierde su acceso cuando «{ $campaign }» se aplique después del { $ends }. Puede cambiarlo hasta entonces.
reviews-dont-know-fallback = Usted es el revisor suplente de esta campaña, así que el elemento se queda con usted: decida mantener o finalizar, e indique por qué.
reviews-dont-know-done = { $name } pasa a { $fallback }, el revisor suplente de la campaña. Ya no está en su lista.

## Simulaciones y aplicación.

reviews-dry-run = Simulación
reviews-dry-run-of = Simulación: { $name }
reviews-over-cap = Esto bloquearía { $changes } cuentas, más de las { $cap } que puede cambiar una ejecución. No pasa nada a menos que lo confirme abajo.
reviews-confirm-over-cap = Lo confirmo: aplicarla aunque supere el límite
reviews-confirm-over-cap-help = Cada cambio se audita y puede deshacerse desde el informe hasta que se elimine la cuenta.
reviews-apply-button = Aplicar estos cambios
reviews-plan-summary = { $guests } invitado(s); se bloquearían { $changes } cuenta(s); como máximo { $cap } por ejecución.
reviews-col-guest = Invitado
reviews-col-what-happens = Qué ocurre
reviews-col-evidence-read = Datos consultados
reviews-plan-why-decided = { $by }: { $why }
reviews-plan-why-unreviewed-no-change = Nadie lo revisó; la campaña indica: no cambia nada
reviews-plan-why-unreviewed-end = Nadie lo revisó; la campaña indica: su acceso finaliza
reviews-plan-why-unreviewed-keep = Nadie lo revisó; la campaña indica: mantiene su acceso
reviews-plan-end = Bloquear el inicio de sesión ahora, eliminar el { $date }
reviews-plan-keep = Mantiene el acceso; próxima revisión el { $date }
reviews-plan-extend = Acceso hasta el { $date }
reviews-plan-no-change = Sin cambios
reviews-blocked-applied = Esta campaña se aplicó el { $date }.
reviews-blocked-running = La campaña dura hasta el { $date }: los revisores todavía pueden decidir, así que podrá aplicarse después.
reviews-blocked-kill-switch = La parada de emergencia está activada: no se cambia nada hasta que un administrador la desactive en la página Reglas de ciclo de vida.
reviews-apply-over-cap = La aplicación cambiaría { $changes } cuentas, más de las { $cap } que puede cambiar una ejecución. No se cambió nada: revise la simulación y marque «Lo confirmo» para aplicarla de todos modos.
reviews-applied = «{ $campaign }» está aplicada: { $changed } cuenta(s) bloqueada(s), { $kept } invitado(s) mantienen su acceso.
reviews-applied-report = Su informe está listo. Los invitados cuyo acceso finalizó pueden recuperarse desde el informe hasta que se eliminen (y restaurarse durante 30 días después).
reviews-no-item = No existe ese elemento de revisión.
reviews-undo-item-nothing = La campaña no bloqueó el inicio de sesión de { $name } (o ya se deshizo): no hay nada que deshacer.
reviews-undo-no-id = Ese invitado no tiene identificador de objeto en el directorio.
reviews-undo-restored = { $name } se ha restaurado desde los elementos eliminados, con sus pertenencias a grupos.
reviews-undo-gone = { $name } ya no está en los elementos eliminados (Microsoft los conserva 30 días), así que no puede restaurarse.
reviews-undo-done = { $name } puede volver a iniciar sesión.

## El informe.

reviews-report = Informe
reviews-report-of = Informe: { $name }
reviews-report-intact = Cada fila coincide con su hash: no se modificó nada después de crear el informe.
reviews-report-tampered = Las filas marcadas como «modificada» se editaron después de crear el informe: su hash ya no coincide.
reviews-report-undone = Deshecho el { $date }: inicio de sesión permitido de nuevo.
reviews-undo-for = Deshacer para { $name }
reviews-report-changed = modificada — { $hash }
reviews-report-scope-applied = { $scope } · aplicada { $applied }
reviews-report-applied = el { $date } por { $name }
reviews-report-csv = Descargar el informe en CSV (con su cadena de hashes)
reviews-col-by = Por
reviews-col-when = Cuándo
reviews-col-what-happened = Qué ocurrió
reviews-col-hash = Hash
reviews-not-reviewed = no revisado
reviews-report-not-applied = El informe se crea cuando se aplica la campaña: abra su simulación y aplíquela primero.

## Reglas de ciclo de vida.

reviews-rules = Reglas de ciclo de vida
reviews-rule-saved = La regla se ha guardado. Se ejecuta cada día junto con las demás; consulte antes su simulación.
reviews-rule-switched-on = La regla está activada: se ejecuta cada día.
reviews-rule-switched-off = La regla está desactivada: no hace nada hasta que se active.
reviews-kill-switch-is-on = La parada de emergencia está activada: ninguna regla, campaña ni período de gracia cambia ninguna cuenta.
reviews-kill-switch-turn-off = Desactivar la parada de emergencia
reviews-kill-switch-is-off = Los cambios automáticos están activados. La parada de emergencia detiene a la vez todas las reglas, toda aplicación de campañas y toda eliminación tras un período de gracia.
reviews-kill-switch-turn-on = Activar la parada de emergencia
reviews-kill-switch-on = La parada de emergencia está activada: ninguna regla, campaña ni período de gracia cambia ninguna cuenta hasta que se desactive.
reviews-kill-switch-off = La parada de emergencia está desactivada: las reglas vuelven a ejecutarse en su próxima ejecución diaria, y las campañas pueden aplicarse.
reviews-rule-turn-off = Desactivar { $name }
reviews-rule-turn-on = Activar { $name }
reviews-rule-run = Ejecutar { $name } ahora
reviews-rule-confirm-over-cap = Lo confirmo: por encima del límite
reviews-rule-last-run = { $date }: { $changed } cambiados, { $skipped } omitidos. { $summary }
reviews-rule-not-run = Aún no se ha ejecutado
reviews-rule-off-mark = {" "}(desactivada)
reviews-rules-lead = El servicio ejecuta cada regla una vez al día, por orden de prioridad; a un invitado lo trata la primera regla que coincide. Una ejecución cambia como máximo { $cap } cuentas: por encima, no pasa nada hasta que un administrador lo confirme. Los invitados cuyo acceso finalizó se eliminan después de { $days } días.
reviews-kill-switch = Parada de emergencia
reviews-rules-heading = Reglas
reviews-rules-plan-link = Simulación: qué harían las reglas ahora
reviews-priority = Prioridad
reviews-col-rule = Regla
reviews-looks-for = Busca
reviews-does = Hace
reviews-col-last-run = Última ejecución
reviews-col-change = Cambiar
reviews-new-rule = Nueva regla
reviews-rule-name-help = Por ejemplo, «Bloquear invitados inactivos durante un año».
reviews-threshold-help = Días; para patrocinadores, el mínimo que debe tener un invitado (de 1 a 5).
reviews-rule-value = Dominio o identificador de grupo
reviews-rule-value-help = Vacío para todos los invitados.
reviews-priority-help = Las más bajas se ejecutan primero; vacío: 100.
reviews-save-rule = Guardar la regla
reviews-rules-changed = Lo que las reglas cambiaron últimamente
reviews-col-what = Qué
reviews-col-evidence = Datos
reviews-col-undo = Deshacer
reviews-rules-plan = Simulación de las reglas de ciclo de vida
reviews-rules-plan-lead = Lo que haría cada regla si se ejecutara ahora: a quién, por qué, y los datos consultados. No ha cambiado nada.
reviews-rule-name = Dé un nombre a la regla (200 caracteres como máximo).
reviews-rule-choose-kind = Elija qué busca la regla.
reviews-rule-enter-sponsors = Introduzca el mínimo de patrocinadores que debe tener un invitado, de 1 a 5.
reviews-rule-enter-days = Introduzca el número de días, por ejemplo 90.
reviews-rule-choose-action = Elija qué hace la regla.
reviews-rule-choose-scope = Elija qué invitados: todos, un dominio o un grupo.
reviews-rule-enter-priority = Introduzca la prioridad como número entero (las más bajas se ejecutan primero).
reviews-no-rule = No existe esa regla.
reviews-no-rule-on = No existe esa regla, o está desactivada.
reviews-no-change = No existe ese cambio.
reviews-rule-done-notified = avisado
reviews-rule-done-disabled = bloqueado
reviews-rule-done-ending = finalizando
reviews-rule-done-undone = { $what } (deshecho)
reviews-skipped = Omitido: { $why }
reviews-skip-undone = un administrador deshizo el cambio de esta regla el { $date }
reviews-skip-done = ya { $what } por esta regla el { $date }
reviews-skip-blocked = el inicio de sesión ya está bloqueado
reviews-skip-ending = su acceso ya se está finalizando
reviews-skip-no-sponsor = no hay patrocinador al que avisar
reviews-change-disable = Bloquear el inicio de sesión ahora
reviews-plan-why-rule = Regla «{ $rule }»: { $condition }
reviews-blocked-rule-off = Esta regla está desactivada.
reviews-blocked-rule-kill-switch = La parada de emergencia está activada: ninguna regla cambia nada.
reviews-rule-held = Retenida: bloquearía { $changes } cuentas, más de las { $cap } que puede cambiar una ejecución. No se cambia nada hasta que un administrador lo confirme.
reviews-rule-ran-notify = { $count } invitado(s): patrocinadores avisados
reviews-rule-ran-disable = { $count } invitado(s): inicio de sesión bloqueado
reviews-rule-ran-disable-delete = { $count } invitado(s): inicio de sesión bloqueado, eliminación tras el período de gracia
reviews-rule-ran = { $what }; { $skipped } omitido(s).
reviews-run-kill-switch = La parada de emergencia está activada: ninguna regla cambia nada hasta que se desactive.
reviews-run-done = «{ $rule }»: { $summary }
reviews-undo-rule-nothing = No hay nada que deshacer para { $name }.

## Correos a revisores y patrocinadores.

reviews-mail-hello = Hola, { $name }:
reviews-mail-remind-subject = Revise { $count } invitado(s) antes del { $ends }
reviews-mail-remind-body = La revisión «{ $campaign }» le pregunta si { $count } invitado(s) todavía necesitan acceso. Termina el { $ends }.
reviews-mail-remind-action = Para cada uno, mantenga, amplíe o finalice su acceso, e indique por qué:
reviews-mail-notify-subject = ¿Todavía necesita acceso { $name }?
reviews-mail-notify-body = { $name }, un invitado que usted patrocina, fue detectado por la regla «{ $rule }»: { $condition } ({ $evidence }).
reviews-mail-notify-action = Si todavía necesita acceso, manténgalo o amplíelo en Mis invitados; si no, finalícelo:
