# Trabajos en segundo plano: lo que dicen las filas de un trabajo y su control.

jobs-row-unreadable-invitation = La fila { $row } no es una invitación que Guestlist pueda leer ({ $error }).
jobs-already-in-directory = { $email } ya está en el directorio como { $upn }.
jobs-no-rows = No hay nada que hacer: el trabajo no tiene filas.
jobs-too-many-rows = Un trabajo admite como máximo { $max } filas; este tiene { $rows }. Divídalo en trabajos más pequeños.
jobs-no-such-job = No existe el trabajo { $job }, o no tiene permiso para verlo.
jobs-cannot-change = El trabajo { $job } está en estado «{ $state }»: { $refusal }
jobs-cancel-refused = solo se puede cancelar un trabajo que no haya terminado.
jobs-pause-refused = solo se puede pausar un trabajo en cola o en curso.
jobs-resume-refused = solo se puede reanudar un trabajo en pausa.
jobs-graph-throttled = Microsoft Graph pidió a Guestlist que fuera más despacio, así que el trabajo espera y esta fila se vuelve a intentar después de las { $at }.
jobs-graph-silent = Microsoft Graph no respondió ({ $error }), así que el trabajo se detiene y esta fila se vuelve a intentar después de las { $at }.
jobs-row-panicked = Guestlist sufrió un error interno al procesar esta fila y se detuvo. Avise a un administrador; el registro del servidor tiene los detalles.
jobs-unknown-kind = Esta instancia de Guestlist no puede ejecutar trabajos de tipo { $kind }.
jobs-row-unreadable-bulk = La fila { $row } no es una invitación masiva que Guestlist pueda leer.

## El estado de un trabajo y el de una fila.

jobs-state-queued = En cola
jobs-state-running = En curso
jobs-state-paused = En pausa
jobs-state-cancelled = Cancelado
jobs-state-done = Terminado
jobs-row-pending = En espera
jobs-row-in-flight = En curso
jobs-row-done = Terminada
jobs-row-failed = Fallida
jobs-row-cancelled = Cancelada
