# Compartido por varias páginas: los componentes, el marco de la página.

common-search = Buscar

## Los campos del correo de invitación (Invitar y Convertir).

mail-language-label = Idioma del correo
mail-language-help = Microsoft redacta su texto de invitación estándar en este idioma. Con un mensaje personal envía sus palabras en su lugar y este idioma no se usa.
mail-message-label = Mensaje personal
mail-cc-label = Enviar una copia a
mail-cc-help = Una dirección que recibe una copia de la invitación, por ejemplo la suya. Opcional.

## Cantidades.

common-count-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}

## Roles.

role-admin = Administrador
role-inviter = Invitador
role-helpdesk = Administrador del departamento de soporte técnico
role-sponsor = Patrocinador
