# Continuité des sponsors (administrateurs) : invités dont les sponsors ne peuvent plus agir, et successeurs.

continuity-title = Continuité des sponsors
continuity-back = Retour à la page d’accueil
continuity-lead = Les invités ont besoin d’un sponsor qui réponde d’eux : une personne dont le compte est activé, ou un groupe comptant un membre activé. Guestlist attend au moins { $min } par invité (GUESTLIST_MIN_SPONSORS). La transmission ajoute le successeur comme sponsor, puis retire les sponsors dont le compte est désactivé ; vous voyez qui change sur la page suivante avant que quoi que ce soit ne se produise.

## Invités qui ont besoin d’un sponsor.

continuity-guests-heading = Invités qui ont besoin d’un sponsor
continuity-guests-none = Chaque invité a assez de sponsors pouvant agir pour lui.
continuity-col-select = Sélectionner
continuity-col-guest = Invité
continuity-col-why = Motif
continuity-col-sponsors = Sponsors actuels
continuity-col-successor = Successeur proposé
continuity-select-guest = Sélectionner { $name }
continuity-add-sponsor = Ajouter un sponsor aux invités cochés…
continuity-add-sponsor-help = Sur la page suivante, vous choisissez le sponsor des invités cochés.
continuity-hand-over = Confier à { $name }…
continuity-successor-none = Aucun trouvé : choisissez-en un sur la page suivante.
continuity-sponsors-none = Aucun
continuity-a-guest = Un invité
continuity-no-sponsor = Aucun sponsor.
continuity-no-live-sponsor = Aucun de ses sponsors ne peut agir pour lui : tous sont désactivés, ou sont un groupe sans membre.
continuity-too-few-sponsors = { $count ->
    [one] { $count } sponsor peut agir pour lui ; au moins { $min } sont attendus.
   *[other] { $count } sponsors peuvent agir pour lui ; au moins { $min } sont attendus.
}
continuity-sponsor-disabled = { $name } (désactivé)
continuity-sponsor-empty-group = { $name } (groupe sans membre activé)
continuity-sponsor-group = { $name } (groupe)
continuity-why-manager = Responsable de { $name }
continuity-why-inviter = L’a invité via Guestlist

## Membres partis.

continuity-departed-heading = Membres partis qui parrainent encore des invités
continuity-departed-none = Aucun membre désactivé ne parraine d’invité.
continuity-departed = { $name } (compte désactivé) parraine encore { $guests }. { $manager }
continuity-manager = Son responsable : { $name }.
continuity-manager-none = Aucun responsable n’est défini dans Microsoft Entra (ou son compte est désactivé) : choisissez un successeur sur la page suivante.
continuity-hand-to-manager = { $count ->
    [one] Confier son invité à { $manager } (son responsable)…
   *[other] Confier ses { $count } invités à { $manager } (son responsable)…
}
continuity-hand-to-someone = { $count ->
    [one] Confier son invité à quelqu’un d’autre…
   *[other] Confier ses { $count } invités à quelqu’un d’autre…
}

## Groupes de sponsors sans membre.

continuity-groups-heading = Groupes de sponsors sans aucun membre
continuity-groups-none = Chaque groupe de sponsors a un membre activé.
continuity-empty-group = { $group } parraine { $guests }. Ajoutez des membres au groupe dans Microsoft Entra, ou confiez ses invités à quelqu’un ci-dessus.
