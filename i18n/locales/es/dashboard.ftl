# El panel (administradores): cifras en directo, la instantánea calculada en segundo plano y sus gráficos.

dashboard-title = Panel
dashboard-refresh-notice = Hay cifras nuevas en camino: el proceso en segundo plano está leyendo el directorio. Vuelva a cargar esta página en un minuto.
dashboard-refresh-button = Actualizar las cifras ahora
dashboard-no-figures = Aún no hay cifras: el proceso en segundo plano las calcula poco después de que se inicie Guestlist y luego con regularidad. Pídalas ahora con el botón de abajo.

## Contadas en directo por Graph.

dashboard-live-heading = Ahora mismo
dashboard-live-help = Contadas por Microsoft Graph para esta página.
dashboard-live-problem = Microsoft Graph no pudo contar en este momento: { $problem }
dashboard-live-pending = Invitaciones pendientes
dashboard-live-pending-help = Personas invitadas que aún no han aceptado (externalUserState PendingAcceptance).
dashboard-live-guests = Cuentas con el tipo de usuario Invitado
dashboard-live-guests-help = El tipo de usuario indica qué puede ver alguien en el directorio, no cómo inicia sesión: los miembros externos no están incluidos.

## La instantánea.

dashboard-snapshot-heading = Todos los usuarios externos
dashboard-snapshot-help = Leer todos los usuarios externos lleva un tiempo, así que estas cifras se calculan en segundo plano y pueden estar algo desfasadas.
# { $elapsed } va después de «hace».
dashboard-age = Cifras de hace { $elapsed } ({ $date }, { $time } UTC).
dashboard-refresh-asked-by = { $name } pidió cifras nuevas hace { $elapsed }; aparecerán aquí cuando el proceso en segundo plano haya leído el directorio.
dashboard-refresh-asked = Se pidieron cifras nuevas hace { $elapsed }; aparecerán aquí cuando el proceso en segundo plano haya leído el directorio.
dashboard-last-error = El último intento de calcular cifras nuevas falló: { $problem }
dashboard-total = Usuarios externos
dashboard-total-help = Invitados y miembros externos: invitados, con #EXT# en su nombre de usuario, o que inician sesión con la cuenta de otra organización o una cuenta personal.
dashboard-pending-long = Pendientes desde hace más de { $days } días
dashboard-pending-long-help = Invitaciones aún sin aceptar { $days } días después de enviarse: reenvíelas o quite a los invitados.
dashboard-without-sponsor = Sin patrocinador
dashboard-without-sponsor-help = { $count ->
    [one] { $count } usuario externo del que nadie en su organización responde. Añada un patrocinador o revise si aún necesita acceso.
   *[other] { $count } usuarios externos de los que nadie en su organización responde. Añada un patrocinador o revise si aún necesitan acceso.
}
dashboard-deleted = { $link }: usuarios externos eliminados en los últimos 30 días, para restaurarlos o eliminarlos definitivamente.
dashboard-deleted-link = Invitados eliminados recientemente

## Hace cuánto tiempo, después de «hace».

dashboard-elapsed-moment = menos de un minuto
dashboard-elapsed-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
dashboard-elapsed-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
dashboard-elapsed-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}

## Los gráficos.

dashboard-chart-empty = Todavía no hay nada que mostrar.
dashboard-chart-as-table = Las cifras de «{ $title }» en forma de tabla
dashboard-chart-count = Cantidad
dashboard-chart-status-title = Usuarios externos por estado
dashboard-chart-status-description = Cuántos de los { $total } usuarios externos están pendientes, activos, inactivos, nunca han iniciado sesión, deshabilitados o desconocidos.
dashboard-chart-status-description-no-sign-ins = Cuántos de los { $total } usuarios externos hay en cada estado. Graph no dio datos de inicio de sesión (necesita Entra ID P1 y AuditLog.Read.All), así que los invitados que aceptaron figuran como Desconocido.
dashboard-chart-status-heading = Estado
dashboard-chart-provider-title = Usuarios externos por proveedor de identidad
dashboard-chart-provider-description = La cuenta con la que inicia sesión cada usuario externo (las identidades de Graph). Quien tiene dos cuenta en ambas.
dashboard-chart-provider-heading = Inicia sesión con
dashboard-chart-provider-none = Ninguno (invitación no aceptada)
dashboard-chart-domain-title = Los { $count } dominios de correo principales
dashboard-chart-domain-description = Los { $count } dominios de las direcciones de correo de usuarios externos con más personas, y luego el resto en conjunto.
dashboard-chart-domain-heading = Dominio
dashboard-chart-domain-other = Todos los demás dominios
dashboard-chart-domain-none = Sin dirección de correo
dashboard-chart-weeks-title = Invitaciones por semana, últimas { $count } semanas
dashboard-chart-weeks-description = Usuarios creados por invitación cada semana, de lunes a domingo (UTC), contados desde que Entra creó su cuenta (createdDateTime), sin importar quién los invitó.
dashboard-chart-weeks-heading = Semana del
dashboard-chart-inactive-title = Último inicio de sesión hace mucho
dashboard-chart-inactive-description = Usuarios externos cuyo último inicio de sesión (interactivo, no interactivo o correcto) fue hace más de 30, 90, 180 o 365 días; quien lleva un año sin entrar cuenta en los cuatro. Las personas que nunca iniciaron sesión no se cuentan aquí.
dashboard-chart-inactive-description-no-sign-ins = Graph no dio datos de inicio de sesión (necesita Entra ID P1 y AuditLog.Read.All), así que no se puede contar a nadie como inactivo.
dashboard-chart-inactive-heading = Último inicio de sesión
dashboard-chart-inactive-bar = { $days ->
    [one] Hace más de { $days } día
   *[other] Hace más de { $days } días
}
