# La página Auditoría: cómo describe el registro (el registro en sí guarda etiquetas en inglés).

## Qué se hizo (las acciones del registro).

audit-action-invite = Invitar
audit-action-new-invitation-link = Nuevo vínculo de invitación
audit-action-resend-invitation = Reenviar invitación
audit-action-reset-redemption = Restablecer canje
audit-action-retry-follow-up-steps = Reintentar los pasos siguientes
audit-action-send-link-from-guestlist = Enviar vínculo desde Guestlist
audit-action-change-email-address = Cambiar dirección de correo
audit-action-change-user-type = Cambiar tipo de usuario
audit-action-convert-to-external-user = Convertir en usuario externo
audit-action-set-email-address = Establecer dirección de correo
audit-action-reset-password = Restablecer contraseña
audit-action-set-user-type = Establecer tipo de usuario
audit-action-allow-grant = Permitir que los invitadores asignen
audit-action-remove-allowed-grant = Dejar de permitir que los invitadores asignen
audit-action-restore-deleted-user = Restaurar usuario eliminado
audit-action-purge-deleted-user = Eliminar definitivamente
audit-action-add-to-group = Agregar al grupo
audit-action-remove-from-group = Quitar del grupo
audit-action-add-sponsor = Agregar patrocinador
audit-action-remove-sponsor = Quitar patrocinador
audit-action-disable-account = Bloquear inicio de sesión
audit-action-enable-account = Permitir inicio de sesión
audit-action-delete-user = Eliminar usuario
audit-action-export-guests = Exportar invitados
audit-action-view-sponsored-guest = Abrir invitado patrocinado
audit-action-confirm-guest-access = Confirmar que el acceso sigue siendo necesario
audit-action-extend-guest-access = Ampliar acceso
audit-action-end-guest-access = Finalizar acceso
audit-action-undo-end-guest-access = Deshacer el fin del acceso
audit-action-hand-over-sponsorship = Traspasar patrocinio
audit-action-request-extension = Pedir más tiempo
audit-action-start-review-campaign = Iniciar campaña de revisión
audit-action-decide-review = Decisión de revisión
audit-action-route-review-to-fallback = Revisión al revisor suplente
audit-action-remind-reviewers = Recordar al revisor
audit-action-apply-review-campaign = Aplicar campaña de revisión
audit-action-save-lifecycle-rule = Guardar regla de ciclo de vida
audit-action-run-lifecycle-rule = Ejecutar regla de ciclo de vida
audit-action-notify-sponsors = Avisar a los patrocinadores
audit-action-set-kill-switch = Interruptor de emergencia
audit-action-request-invitation = Solicitar invitación
audit-action-approve-invitation-request = Aprobar solicitud de invitación
audit-action-deny-invitation-request = Denegar solicitud de invitación
audit-action-expire-invitation-request = Solicitud de invitación caducada
audit-action-change-settings = Cambiar configuración
audit-action-send-test-mail = Enviar correo de prueba
audit-action-archive-audit-rows = Archivar filas de auditoría

## Cómo terminó (los resultados del registro).

audit-outcome-invited = Invitado
audit-outcome-invited-step-failed = Invitado, un paso falló
audit-outcome-changed = Cambiado
audit-outcome-queued = En cola
audit-outcome-refused = Rechazado
audit-outcome-failed = Error
audit-outcome-exported = Exportado
audit-outcome-requested = Solicitado

## Errores.

audit-not-written = No se pudo escribir el registro de auditoría ({ $action }: { $outcome }), así que Guestlist se ha detenido. Avise a un administrador; revise la página Auditoría antes de volver a intentarlo.

## La página Auditoría.

audit-title = Auditoría
audit-lead = Cada intento de invitación y cada cambio: quién, cuándo, a quién, con qué opciones y qué ocurrió.
audit-filter-text = Quién o a quién
audit-filter-actor = Quién actuó
audit-filter-target = A quién (dirección o identificador de una persona)
audit-filter-any = Cualquiera
audit-filter-since = Desde (fecha)
audit-filter-until = Hasta (fecha)
audit-filter-request = Número de solicitud de invitación
audit-filter = Filtrar
audit-count = { $count ->
    [one] { $count } entrada.
   *[other] { $count } entradas.
}
audit-download = Descargar como CSV
audit-col-when = Cuándo (UTC)
audit-col-who = Quién
audit-col-what = Qué
audit-col-target = A quién
audit-col-options = Opciones
audit-col-outcome = Resultado
audit-col-request-id = Id. de solicitud de Graph

## Filas archivadas.

audit-archives = Filas archivadas
audit-archives-before = Las filas más antiguas que el período de retención establecido en la página
audit-archives-settings = Configuración
audit-archives-after = {" "}se escriben en un archivo del servidor y luego se quitan de esta lista; no se descarta nada sin su archivo.
audit-archive-rows = { $first } a { $last }
audit-archive-col-at = Archivado (UTC)
audit-archive-col-rows = Filas
audit-archive-col-count = Cantidad
audit-archive-col-before = Anteriores a
audit-archive-col-file = Archivo en el servidor
