# Parrains : Mes invités, fin d'accès, la page d'accès d'un invité et les réponses aux parrains.

sponsors-my-guests = Mes invités
sponsors-back-home = Retour à l'accueil
sponsors-open-my-guests = Ouvrir Mes invités
sponsors-back-my-guests = Retour à Mes invités
sponsors-breadcrumb = Fil d'Ariane

## Mes invités : la liste et la fiche de chaque invité.

sponsors-none = Vous n'êtes le parrain d'aucun invité. Lorsque vous invitez quelqu'un, ou qu'un collègue vous transmet son parrainage, les invités apparaissent ici.
sponsors-summary = { $count ->
    [one] Vous êtes le parrain de { $count } invité : vous répondez de son besoin d'accès.
   *[other] Vous êtes le parrain de { $count } invités : vous répondez de leur besoin d'accès.
}
sponsors-co-sponsor-group = { $name } (groupe)
sponsors-co-sponsor-detail = { $name } ({ $detail })
sponsors-sign-in-none = aucune enregistrée
sponsors-sign-in-interactive = Dernière connexion (interactive)
sponsors-sign-in-non-interactive = Dernière connexion (non interactive, par ex. Teams en arrière-plan)
sponsors-sign-in-successful = Dernière connexion réussie
sponsors-sign-in-last = Dernière connexion
sponsors-sign-in-unavailable = Non disponible. { $why }
sponsors-undo-label = Annuler : rendre son accès à { $name }
sponsors-end-label = Mettre fin à l'accès de { $name }…
sponsors-how-direct = Vous êtes vous-même son parrain.
sponsors-how-group = Vous êtes son parrain par le groupe { $groups }.
sponsors-co-none = Aucun : vous êtes son seul parrain.
sponsors-request-until = A demandé plus de temps jusqu'au { $until } le { $date } :
sponsors-request = A demandé plus de temps le { $date } :
sponsors-ended-note = Accès terminé le { $date } par { $name } : la personne ne peut plus se connecter, et son compte sera supprimé le { $delete }.
sponsors-resend-button = Obtenir un nouveau lien d'invitation
sponsors-hand-over-label = Transmettre mon parrainage (je ne serai plus son parrain)
sponsors-keep-button = Conserver : l'accès est encore nécessaire
sponsors-access-until = Accès jusqu'au
sponsors-extend-button = Prolonger
sponsors-colleague-label = Adresse e-mail du collègue
sponsors-add-button = Ajouter comme parrain
sponsors-ending-help = Mettre fin bloque la connexion immédiatement et supprime le compte après { $days } jours ; d'ici là, vous pouvez annuler ici.
sponsors-fact-invitation = Invitation
sponsors-fact-groups = Groupes
sponsors-none-groups = Aucun
sponsors-fact-apps = Applications
sponsors-none-apps = Aucune attribuée
sponsors-fact-invited = Invité
sponsors-fact-sponsorship = Votre parrainage
sponsors-fact-other-sponsors = Autres parrains
sponsors-no-end-date = Aucune date de fin
sponsors-fact-next-review = Prochaine revue
sponsors-fact-last-confirmed = Dernière confirmation
sponsors-never-confirmed = Jamais dans Guestlist

## Les informations sur un invité, en toutes lettres.

sponsors-a-guest = Un invité
sponsors-a-sponsor = Un parrain
sponsors-this-guest = Cet invité
sponsors-an-app = Une application
sponsors-accepted = Acceptée
sponsors-accepted-on = Acceptée le { $date }
sponsors-invitation-pending = Invitation en attente
sponsors-invitation-pending-since = Invitation en attente depuis le { $date }
sponsors-not-invited-b2b = Pas invité par une invitation B2B (le compte a été créé autrement)
sponsors-invited-not-through = Pas invité par Guestlist (ou avant le début de son journal d'audit) : le journal d'audit de Microsoft Entra indique qui l'a invité.
sponsors-invited-by-reason = Invité par { $by } le { $date }, via Guestlist. Motif indiqué : « { $reason } »
sponsors-invited-by = Invité par { $by } le { $date }, via Guestlist. Aucun motif indiqué.
sponsors-unconfirmed = Pas encore confirmé dans Guestlist : à confirmer avant le { $date }
sponsors-confirmed-by = { $date } par { $name }

## Mettre fin à l'accès (la page de confirmation).

sponsors-end-title = Mettre fin à l'accès
sponsors-end-not-yours = Cet invité ne fait pas partie des vôtres.
sponsors-end-for = Mettre fin à l'accès de { $name }
sponsors-end-what-sign-in = { $name } ne peut plus se connecter, dès maintenant. Les sessions en cours prennent fin à l'expiration de leurs jetons (généralement en moins d'une heure).
sponsors-end-what-deleted = Le compte est supprimé après { $days } jours. D'ici là, vous ou un autre parrain pouvez annuler dans Mes invités : l'accès redevient tel qu'il était.
sponsors-end-what-told = Les autres parrains sont prévenus par e-mail.
sponsors-end-understand = J'ai compris
sponsors-end-understand-help = La connexion est bloquée immédiatement ; le compte est supprimé à la fin du délai de grâce.
sponsors-end-keep-link = Le conserver : retour à Mes invités

## Les actions des parrains : réponses et refus.

sponsors-not-yours = Ce n'est pas l'un des invités dont vous êtes le parrain (ou il n'existe plus) : Guestlist ne l'affichera ni ne le modifiera. Ouvrez Mes invités pour voir vos invités.
sponsors-only-people = Seule une personne connectée au portail peut être parrain ; ni la ligne de commande ni les tâches en arrière-plan.
sponsors-keep-ending = L'accès de { $name } est en train d'être terminé. Annulez d'abord cette action si l'accès est encore nécessaire.
sponsors-keep-done = Merci : { $name } conserve son accès. Cela vous sera redemandé d'ici le { $date }.
sponsors-date-format = Saisissez la date jusqu'à laquelle l'accès doit durer, par exemple 2027-06-30.
sponsors-date-unusable = Cette date ne peut pas être utilisée.
sponsors-date-passed = Le { $date } est passé : choisissez un jour après aujourd'hui.
sponsors-date-too-far = Prolongez d'un an au plus à la fois (jusqu'au { $date } au plus tard) ; vous pourrez prolonger de nouveau plus tard.
sponsors-extend-ending = L'accès de { $name } est en train d'être terminé. Annulez d'abord cette action, puis prolongez.
sponsors-extend-done = L'accès de { $name } dure désormais jusqu'au { $date }. Cela vous sera redemandé à cette date.
sponsors-end-unconfirmed = Cochez « J'ai compris » pour confirmer la fin de l'accès.
sponsors-end-already = L'accès de { $name } est déjà en train d'être terminé.
sponsors-end-member = { $name } est membre de votre organisation, pas un invité : son accès prend fin avec son emploi, pas dans Mes invités.
sponsors-end-done = { $name } ne peut plus se connecter. Son compte sera supprimé le { $date }.
sponsors-end-undo-hint = D'ici là, vous (ou un autre parrain) pouvez annuler dans Mes invités : l'accès redevient tel qu'il était.
sponsors-end-mailed = Les autres parrains ont été prévenus par e-mail ({ $count }).
sponsors-undo-nothing = L'accès de { $name } n'est pas en train d'être terminé : rien à annuler.
sponsors-undo-too-late = Le délai de grâce de { $name } est écoulé et le compte est en cours de suppression. Un administrateur peut le restaurer depuis Invités récemment supprimés dans les 30 jours.
sponsors-undo-done = { $name } peut de nouveau se connecter ; ses groupes, applications et parrains sont inchangés.
sponsors-resend-accepted = { $name } a déjà accepté son invitation : il n'y a rien à renvoyer.
sponsors-resend-link = Un nouveau lien d'invitation pour { $name } :
sponsors-resend-pass-on = Microsoft n'envoie pas d'e-mail à une adresse déjà invitée : transmettez ce lien vous-même.
sponsors-colleague-enter = Saisissez l'adresse e-mail de votre collègue, par exemple jonas.lindqvist@northwind.example.
sponsors-colleague-nobody = Personne dans votre organisation n'a l'adresse { $address }. Vérifiez-la et réessayez.
sponsors-colleague-guest = { $name } est un invité, et seuls les membres de votre organisation peuvent parrainer des invités.
sponsors-colleague-disabled = Le compte de { $name } est désactivé : choisissez une personne qui fait toujours partie de l'organisation.
sponsors-hand-over-group = Vous êtes le parrain de { $name } par le groupe { $groups }, pas vous-même : vous n'avez donc pas de parrainage à transmettre. Ajoutez plutôt un coparrain, ou demandez à un administrateur de modifier le groupe.
sponsors-add-no-id = Ce collègue n'a pas d'identifiant dans l'annuaire.
sponsors-add-already = { $new } est déjà parrain de { $name }.
sponsors-add-full = { $name } a déjà { $max } parrains, le maximum autorisé par Microsoft Entra. Transmettez plutôt votre parrainage, ou demandez à un coparrain de transmettre le sien.
sponsors-add-failed = { $new } n'a pas pu être ajouté : { $error }
sponsors-add-done = { $new } est désormais parrain de { $name }.
sponsors-hand-over-not-removed = Vous n'avez pas pu être retiré comme parrain ({ $error }) ; vous êtes désormais parrains ensemble.
sponsors-hand-over-done = Vous n'êtes plus le parrain de { $name } : cet invité n'apparaît plus dans vos Mes invités.
sponsors-add-mailed = { $new } a été prévenu par e-mail.

## L'accès d'un invité (/my-access).

sponsors-your-access = Votre accès
sponsors-access-no-sponsor = Vous n'avez pas de parrain ici. Contactez la personne qui vous a invité, ou le support de l'organisation.
sponsors-access-group = {" "}(un groupe : chacun de ses membres peut vous aider)
sponsors-access-until-date = Votre accès dure jusqu'au { $date }.
sponsors-access-no-end = Aucune date de fin n'est fixée pour votre accès. Vos parrains confirment de temps en temps que vous en avez encore besoin.
sponsors-access-asked = Vous avez demandé plus de temps le { $date } ; vos parrains ont votre demande.
sponsors-access-heading = Votre accès à { $organisation }
sponsors-access-hello = Bonjour { $name }. Vous êtes invité de { $organisation }.
sponsors-access-sponsors = Vos parrains
sponsors-access-sponsors-help = Vos parrains s'occupent de votre accès : adressez-vous à eux si vous avez besoin de quelque chose.
sponsors-access-until-when = Jusqu'à quand
sponsors-access-next-review = Prochaine revue : { $date }.
sponsors-access-ask = Demander plus de temps
sponsors-access-until-optional = Jusqu'au (facultatif)
sponsors-access-until-help = Le dernier jour où vous avez besoin d'accès, si vous le connaissez.
sponsors-access-reason = Pourquoi vous avez encore besoin d'accès
sponsors-access-reason-help = Vos parrains décident sur cette base ; ils le reçoivent par e-mail.
sponsors-access-send = Envoyer la demande à mes parrains
sponsors-access-leaving = Partir
sponsors-access-leave-before = Lorsque vous ne travaillez plus avec { $organisation }, vous pouvez la quitter vous-même : connectez-vous sur{" "}
sponsors-access-leave-link = My Account › Organizations
sponsors-access-leave-after = , choisissez { $organisation } et sélectionnez Quitter. Votre compte invité est alors supprimé ; prévenez d'abord vos parrains.
sponsors-access-person-only = Seule une personne connectée au portail a un accès à consulter.
sponsors-the-organisation = l'organisation
sponsors-wanted-format = Saisissez la date au format 2027-06-30, ou laissez le champ vide.
sponsors-wanted-passed = Le { $date } est passé : choisissez un jour après aujourd'hui, ou laissez le champ vide.
sponsors-ask-no-reason = Indiquez pourquoi vous avez encore besoin d'accès : vos parrains décident sur cette base.
sponsors-ask-too-long = Le motif doit faire moins de { $max } caractères.
sponsors-ask-already = Vous avez déjà fait une demande le { $date } ; vos parrains l'ont reçue. Ils répondent dans Guestlist, ou contactez-les directement.
sponsors-ask-no-sponsor = Vous n'avez pas de parrain dans cette organisation : personne ne recevrait la demande. Adressez-vous à la personne qui vous a invité, ou au support de l'organisation.
sponsors-ask-sent = Votre demande a été envoyée à vos parrains.
sponsors-ask-mailed = { $count } d'entre eux ont été prévenus par e-mail ; ils prolongent votre accès, ou vous répondent autrement, dans Guestlist.
