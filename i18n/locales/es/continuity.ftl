# Continuidad de patrocinadores (administradores): invitados cuyos patrocinadores no pueden actuar por ellos, y sucesores.

continuity-title = Continuidad de patrocinadores
continuity-back = Volver a la página de inicio
continuity-lead = Los invitados necesitan un patrocinador que responda por ellos: una persona con la cuenta habilitada, o un grupo con un miembro habilitado. Guestlist espera al menos { $min } por invitado (GUESTLIST_MIN_SPONSORS). Al traspasar, se añade el sucesor como patrocinador y después se quitan los patrocinadores con la cuenta deshabilitada; en la página siguiente verá quién cambia antes de que ocurra nada.

## Invitados que necesitan un patrocinador.

continuity-guests-heading = Invitados que necesitan un patrocinador
continuity-guests-none = Todos los invitados tienen suficientes patrocinadores que pueden actuar por ellos.
continuity-col-select = Seleccionar
continuity-col-guest = Invitado
continuity-col-why = Motivo
continuity-col-sponsors = Patrocinadores actuales
continuity-col-successor = Sucesor propuesto
continuity-select-guest = Seleccionar a { $name }
continuity-add-sponsor = Añadir un patrocinador a los invitados marcados…
continuity-add-sponsor-help = En la página siguiente elegirá el patrocinador de los invitados marcados.
continuity-hand-over = Traspasar a { $name }…
continuity-successor-none = No se encontró ninguno: elija uno en la página siguiente.
continuity-sponsors-none = Ninguno
continuity-a-guest = Un invitado
continuity-no-sponsor = Ningún patrocinador.
continuity-no-live-sponsor = Ninguno de sus patrocinadores puede actuar por él: todos están deshabilitados o son un grupo sin nadie.
continuity-too-few-sponsors = { $count ->
    [one] { $count } patrocinador puede actuar por él; se esperan al menos { $min }.
   *[other] { $count } patrocinadores pueden actuar por él; se esperan al menos { $min }.
}
continuity-sponsor-disabled = { $name } (deshabilitado)
continuity-sponsor-empty-group = { $name } (grupo sin ningún miembro habilitado)
continuity-sponsor-group = { $name } (grupo)
continuity-why-manager = Responsable de { $name }
continuity-why-inviter = Lo invitó a través de Guestlist

## Miembros que se fueron.

continuity-departed-heading = Miembros que se fueron y aún patrocinan invitados
continuity-departed-none = Ningún miembro deshabilitado patrocina a un invitado.
continuity-departed = { $name } (cuenta deshabilitada) aún patrocina a { $guests }. { $manager }
continuity-manager = Su responsable: { $name }.
continuity-manager-none = No hay ningún responsable definido en Microsoft Entra (o su cuenta está deshabilitada): elija un sucesor en la página siguiente.
continuity-hand-to-manager = { $count ->
    [one] Traspasar su invitado a { $manager } (su responsable)…
   *[other] Traspasar sus { $count } invitados a { $manager } (su responsable)…
}
continuity-hand-to-someone = { $count ->
    [one] Traspasar su invitado a otra persona…
   *[other] Traspasar sus { $count } invitados a otra persona…
}

## Grupos de patrocinadores vacíos.

continuity-groups-heading = Grupos de patrocinadores sin nadie
continuity-groups-none = Todos los grupos de patrocinadores tienen un miembro habilitado.
continuity-empty-group = { $group } patrocina a { $guests }. Añada miembros al grupo en Microsoft Entra, o traspase sus invitados a alguien de arriba.
