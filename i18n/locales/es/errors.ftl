# Los errores de los servicios, tal como los leen las personas.

errors-signed-out = No ha iniciado sesión (o su sesión ha terminado). Inicie sesión y vuelva a intentarlo.
errors-not-allowed = Esto requiere el rol { $role }, que usted no tiene. Pídaselo a un administrador si lo necesita.
errors-database = La base de datos del portal no respondió. No se cambió nada en ella; vuelva a intentarlo en un momento y avise a un administrador si sigue ocurriendo.
errors-cannot-send = No se puede enviar esta solicitud: { $reason }.

## Los fallos de Microsoft Graph en palabras sencillas.

errors-graph-reference = { $text } (referencia { $id })
errors-graph-not-allowed = Ni usted ni este portal tienen permiso para hacer esto en Microsoft Entra. Pida a un administrador el rol o permiso necesario.
errors-graph-bad-request = Microsoft Entra rechazó la solicitud por no ser válida. Compruebe los valores introducidos.
errors-graph-unsupported-query = Microsoft Entra no puede ejecutar esta búsqueda o filtro. Pruebe con uno más sencillo.
errors-graph-not-found = No se encontró el usuario o el grupo. Puede que se haya eliminado.
errors-graph-busy = Microsoft Entra está ocupado con demasiadas solicitudes. Espere un minuto y vuelva a intentarlo.
errors-graph-expired = Su sesión ha caducado. Vuelva a iniciar sesión.
errors-graph-temporary = Microsoft Entra tuvo un problema temporal. Vuelva a intentarlo en un momento.
errors-graph-failed-dependency = Se omitió este paso porque falló un paso anterior de la misma solicitud.
errors-graph-other = Microsoft Entra no pudo completar la solicitud.
errors-graph-portal-sign-in = Microsoft Entra no permitió que este portal iniciara sesión. Un administrador debe revisar el registro de la aplicación (id. de cliente, secreto y permisos).
errors-graph-timed-out = Microsoft no respondió a tiempo. Vuelva a intentarlo en un momento.
errors-graph-unreachable = No se pudo contactar con Microsoft. Compruebe la red y vuelva a intentarlo.
errors-graph-undecodable = Microsoft envió una respuesta que este portal no pudo entender. Vuelva a intentarlo; si sigue ocurriendo, comuníqueselo a un administrador.
