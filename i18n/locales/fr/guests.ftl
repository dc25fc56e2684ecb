# La liste des invités : statuts, filtre, liste, export CSV et actions sur une sélection.

## Le statut d'un invité.

guests-status-pending-since = En attente depuis le { $date }
guests-status-pending = En attente
guests-status-active = Actif
guests-status-inactive = { $days ->
    [one] Inactif depuis { $days } jour
   *[other] Inactif depuis { $days } jours
}
guests-status-never = Jamais connecté
guests-status-disabled = Désactivé
guests-status-unknown = Inconnu — les données de connexion nécessitent Entra ID P1 et AuditLog.Read.All

## Les valeurs du filtre.

guests-status-filter-pending = En attente
guests-status-filter-active = Actif
guests-status-filter-inactive = Inactif
guests-status-filter-never = Jamais connecté
guests-status-filter-disabled = Désactivé
guests-status-filter-unknown = Inconnu
guests-type-guest = Invité
guests-type-member = Membre
guests-sort-name = Nom
guests-sort-created = Création
guests-sort-state-changed = Changement d'état de l'invitation
guests-sort-last-sign-in = Dernière connexion
guests-dir-asc = Croissant
guests-dir-desc = Décroissant
guests-column-name = Nom
guests-column-upn = Nom d'utilisateur (UPN)
guests-column-mail = E-mail
guests-column-type = Type d'utilisateur
guests-column-identities = Se connecte avec
guests-column-synced = Synchronisé depuis l'annuaire
guests-column-invitation = État de l'invitation
guests-column-status = Statut
guests-column-last-sign-in = Dernière connexion
guests-column-created = Création
guests-column-company = Société
guests-column-sponsors = Sponsors
guests-column-enabled = Compte activé
guests-provider-entra = Une autre organisation Microsoft Entra
guests-provider-microsoft = Compte Microsoft
guests-provider-google = Google
guests-provider-facebook = Facebook
guests-provider-mail = Code secret à usage unique (e-mail)

## Les problèmes du filtre.

guests-filter-bad-status = « { $value } » n'est pas un statut. Choisissez parmi : { $choices }.
guests-filter-bad-type = « { $value } » n'est pas un type d'utilisateur. Choisissez parmi : { $choices }.
guests-filter-bad-sort = « { $value } » n'est pas un ordre de tri. Choisissez parmi : { $choices }.
guests-filter-bad-dir = « { $value } » n'est pas un sens de tri. Choisissez parmi : { $choices }.
guests-filter-bad-column = « { $value } » n'est pas une colonne. Choisissez parmi : { $choices }.
guests-field-synced = « Synchronisé depuis l'annuaire »
guests-field-created-from = « Créé à partir du »
guests-field-created-to = « Créé jusqu'au »
guests-field-inactive-days = « Dernière connexion il y a plus de »
guests-field-pending-days = « En attente depuis plus de »
guests-field-no-sponsor = « Sans sponsor »
guests-field-enabled = « Compte activé »
guests-filter-bad-yes-no = « { $value } » n'est pas une réponse valable pour { $field } : choisissez oui ou non.
guests-filter-bad-date = « { $value } » n'est pas une date valable pour { $field } : saisissez-la sous la forme année-mois-jour, par exemple 2026-03-31.
guests-filter-bad-days = « { $value } » n'est pas un nombre de jours valable pour { $field } : saisissez un nombre entier, par exemple 30.
guests-filter-bad-domain = « { $value } » n'est pas un domaine de messagerie : saisissez la partie après le @, par exemple fabrikam.com.
guests-filter-bad-sponsor = « { $value } » n'est ni une adresse e-mail ni un identifiant d'objet : saisissez l'adresse e-mail du sponsor (comme ana@contoso.com), ou ouvrez-le depuis la page d'un invité.
guests-filter-bad-cursor = Ce lien de page est endommagé ou périmé. Recommencez à partir de la première page de la liste.
guests-filter-dates-swapped = « Créé à partir du » ({ $from }) est postérieur à « créé jusqu'au » ({ $to }) : inversez les deux dates.
guests-filter-sponsor-and-none = Choisissez soit un sponsor, soit « sans sponsor », pas les deux.
guests-filter-bad-address = L'adresse de la liste n'est pas valide ({ $problem }). Recommencez à partir de la page Invités.

## Les cellules de la liste (et de l'export CSV).

guests-cell-yes = Oui
guests-cell-no = Non
guests-cell-not-invited = Non invité
guests-cell-accepted-on = Acceptée le { $date }
guests-cell-accepted = Acceptée
guests-cell-not-available = Non disponible
guests-cell-never = Jamais
guests-cell-none = Aucun

## Ce que Graph ne peut pas filtrer, vérifié sur chaque page.

guests-check-status = statut
guests-check-synced = synchronisation de l'annuaire
guests-check-domain = domaine de messagerie
guests-check-provider = fournisseur d'identité
guests-check-pending-days = en attente depuis plus de
guests-check-inactive-days = dernière connexion il y a plus de
guests-check-sponsor = sponsor
guests-check-search = recherche
guests-list-note-checked-on-each-page = Microsoft Graph ne peut pas filtrer par { $checks } avec le reste de cette vue : Guestlist le vérifie donc sur chaque page, et une page peut afficher moins de personnes qu'elle n'en a lu.
guests-list-note-sorted-per-page = Microsoft Graph ne peut pas trier selon cette colonne : chaque page est triée séparément.
guests-list-note-no-sign-ins = L'activité de connexion n'est pas disponible (elle nécessite Microsoft Entra ID P1 et l'autorisation AuditLog.Read.All) : les invités actifs et inactifs apparaissent donc comme Inconnu, jamais comme inactifs.
guests-list-bad-page = Cette page de la liste n'est plus valide. Recommencez à partir de la première page.
guests-list-sponsor-unknown = Personne dans votre annuaire n'a l'adresse { $address }. Vérifiez-la, ou ouvrez le sponsor depuis la page d'un invité.
guests-list-sponsor-several = Plusieurs personnes de votre annuaire ont l'adresse { $address }. Ouvrez plutôt le sponsor depuis la page d'un invité.

## Actions sur plusieurs invités.

guests-bulk-resend = Renvoyer l'invitation
guests-bulk-disable = Bloquer la connexion
guests-bulk-enable = Autoriser la connexion
guests-bulk-delete = Supprimer
guests-bulk-add-sponsor = Ajouter un sponsor
guests-selection-no-action = Choisissez ce qu'il faut faire des invités sélectionnés.
guests-selection-bad-action = « { $value } » n'est pas une action que Guestlist peut effectuer sur plusieurs invités. Choisissez resend, disable, enable, delete ou add_sponsor.
guests-selection-none-ticked = Cochez d'abord au moins un invité, ou choisissez tous les invités correspondant au filtre.
guests-selection-bad-scope = « { $value } » n'est pas une sélection. Cochez des invités, ou choisissez tous les invités correspondant au filtre.
guests-selection-bad-sponsor = Guestlist ne peut pas ajouter ce sponsor. Sélectionnez-le à nouveau.
guests-preview-summary = { $change ->
    [0] Personne ne sera modifié.
    [one] { $change } invité sera modifié.
   *[other] { $change } invités seront modifiés.
}
guests-preview-summary-skipped = { $change ->
    [0] Personne ne sera modifié
    [one] { $change } invité sera modifié
   *[other] { $change } invités seront modifiés
}{ $skipped ->
    [one] ; { $skipped } est ignoré.
   *[other] ; { $skipped } sont ignorés.
}
guests-preview-cap = Plus d'invités correspondent qu'une exécution ne peut en modifier (au plus { $cap }). Cette exécution prend les { $cap } premiers ; relancez ensuite la même sélection pour les autres.
guests-preview-not-yours = Cet aperçu appartient à quelqu'un d'autre : seule la personne qui l'a créé peut le voir ou le confirmer. Créez le vôtre depuis la page Invités.
guests-preview-unknown = Cet aperçu n'existe pas (ou plus). Créez-en un nouveau depuis la page Invités.
guests-preview-confirmed-already = Cette sélection a déjà été confirmée : la tâche { $job } l'exécute. Ses résultats figurent sur cette page.
guests-preview-not-add-sponsor = Cette sélection n'ajoute pas de sponsor. Créez-en une nouvelle depuis la page Invités.
guests-preview-choose-sponsor-first = Choisissez d'abord le sponsor à ajouter : recherchez-le sur cette page.
guests-preview-nobody-qualifies = Plus personne dans cette sélection ne remplit les conditions : rien n'a été lancé. L'aperçu indique la raison pour chacun.
guests-skip-never-invited = Jamais invité : il n'y a pas d'invitation à renvoyer.
guests-skip-accepted = A déjà accepté l'invitation : seules les invitations en attente sont renvoyées. Réinitialisez plutôt l'utilisation de l'invitation si la personne doit accepter à nouveau.
guests-skip-blocked = Connexion déjà bloquée.
guests-skip-allowed = Connexion déjà autorisée.
guests-skip-sponsors-unreadable = Ses sponsors n'ont pas pu être lus : aucun n'est ajouté.
guests-skip-self = Ne peut pas être son propre sponsor.
guests-skip-has-sponsor = A déjà ce sponsor.
guests-skip-sponsors-full = A déjà { $most } sponsors, le maximum autorisé par Microsoft Entra.
guests-skip-not-found = N'est pas (ou plus) un utilisateur de cet annuaire.
guests-skip-changed-since = Modifié depuis l'aperçu : { $why }
guests-row-unreadable = La ligne { $row } n'est pas une action sur un invité que Guestlist peut lire ({ $problem }).
guests-row-not-a-user = N'est pas un utilisateur de cet annuaire.
guests-row-resent = Nouveau lien d'invitation pour { $email }
guests-row-deleted-earlier = Supprimé (par une tentative précédente de cette ligne).
guests-row-no-sponsor = La ligne n'indique aucun sponsor.
guests-row-sponsor-earlier = Avait déjà ce sponsor (ajouté par une tentative précédente de cette ligne).

## La page Invités.

guests-title = Invités
guests-lead = Toutes les personnes extérieures à l'organisation présentes dans votre annuaire : invités, membres externes et personnes synchronisées depuis d'autres locataires. Filtrez la liste, ouvrez une personne pour voir les détails, ou cochez-en plusieurs pour agir sur elles — vous voyez exactement qui change avant que quoi que ce soit ne se produise.
guests-deleted-link = Invités récemment supprimés
guests-dashboard-link = Tableau de bord
guests-show-all = Afficher tous les invités
guests-filter-label = Filtrer les invités
guests-filter-q = Nom, adresse e-mail ou nom d'utilisateur
guests-filter-status = Statut
guests-filter-any = Tous
guests-filter-type = Type d'utilisateur
guests-filter-provider = Se connecte avec
guests-filter-domain = Domaine de messagerie
guests-filter-synced = Synchronisé depuis l'annuaire
guests-filter-synced-yes = Oui (depuis l'Active Directory local)
guests-filter-enabled = Peut se connecter
guests-filter-enabled-no = Non (bloqué)
guests-filter-created-from = Créé à partir du
guests-filter-created-to = Créé jusqu'au
guests-filter-pending-days = En attente depuis plus de (jours)
guests-filter-inactive-days = Dernière connexion il y a plus de (jours)
guests-filter-sponsor = Parrainé par (adresse e-mail)
guests-filter-no-sponsor = Sans sponsor
guests-filter-sort = Trier par
guests-filter-dir = Ordre
guests-filter-cols = Colonnes
guests-cols-standard = Standard
guests-cols-contacts = Contacts et sponsors
guests-cols-everything = Tout
guests-cols-as-linked = Comme dans le lien
guests-filter-submit = Afficher les invités
guests-filter-clear = Effacer les filtres
guests-count-matching = { $count ->
    [one] { $count } utilisateur externe correspond
   *[other] { $count } utilisateurs externes correspondent
}
guests-count-on-page = { $count } affichés sur cette page
guests-select-one = Sélectionner { $name }
guests-select = Sélectionner
guests-export = Exporter cette vue en CSV
guests-page-empty = Personne ne correspond sur cette page. Retirez un filtre, ou passez à la page suivante s'il y en a une.
guests-act-on = Agir sur
guests-act-on-ticked = les invités cochés ci-dessus
guests-act-on-all = toutes les personnes correspondant à cette vue
guests-act-on-all-counted = toutes les personnes correspondant à cette vue ({ $count })
guests-act-help = Vous verrez ensuite qui change, qui est ignoré et pourquoi. Rien ne change avant votre confirmation.
guests-act-resend = Renvoyer les invitations…
guests-act-disable = Bloquer la connexion…
guests-act-enable = Autoriser la connexion…
guests-act-add-sponsor = Ajouter un sponsor…
guests-act-delete = Supprimer…
guests-pages = Pages
guests-page-first = Première page
guests-page-next = Page suivante

## Agir sur plusieurs invités : l'aperçu et les résultats de la tâche.

guests-selection-title = Agir sur plusieurs invités
guests-selection-how = Cochez des invités sur la page Invités, ou choisissez tous les invités correspondant à son filtre, puis choisissez l'action.
guests-selection-choose-found = Choisissez d'abord l'une des personnes ou l'un des groupes trouvés.
guests-selection-names-and = { $names } et { $last }
guests-selection-title-hand-over = Ajouter { $sponsor } comme sponsor à la place de { $old }
guests-selection-title-add-sponsor = Ajouter { $sponsor } comme sponsor
guests-selection-title-action = { $action } — plusieurs invités
guests-selection-why-skipped = Raison
guests-selection-nobody-found = Personne n'a été trouvé. Essayez le début du prénom, du nom ou de l'adresse e-mail.
guests-selection-sponsor-to-add = Sponsor à ajouter
guests-selection-use-sponsor = Utiliser ce sponsor
guests-selection-choose-sponsor = Choisir le sponsor à ajouter
guests-selection-find = Rechercher une personne ou un groupe
guests-selection-find-help = Le début d'un nom ou d'une adresse e-mail.
guests-selection-skipped = Ignorés
guests-selection-will-change = Seront modifiés
guests-selection-confirm-delete = { $count ->
    [one] Confirmer : supprimer { $count } invité
   *[other] Confirmer : supprimer { $count } invités
}
guests-selection-confirm-resend = { $count ->
    [one] Confirmer : renvoyer l'invitation à { $count } invité
   *[other] Confirmer : renvoyer l'invitation à { $count } invités
}
guests-selection-confirm-disable = { $count ->
    [one] Confirmer : bloquer la connexion de { $count } invité
   *[other] Confirmer : bloquer la connexion de { $count } invités
}
guests-selection-confirm-enable = { $count ->
    [one] Confirmer : autoriser la connexion de { $count } invité
   *[other] Confirmer : autoriser la connexion de { $count } invités
}
guests-selection-confirm-add-sponsor = { $count ->
    [one] Confirmer : ajouter un sponsor à { $count } invité
   *[other] Confirmer : ajouter un sponsor à { $count } invités
}
guests-selection-the-new-sponsor = le nouveau sponsor
guests-selection-hand-over = Une passation : { $old } cesse d'être sponsor de chaque invité dès que { $new } est ajouté, afin que personne ne reste sans sponsor.
guests-selection-delete-note = Les invités supprimés peuvent être restaurés, avec leurs appartenances aux groupes, depuis Invités récemment supprimés pendant 30 jours.
guests-selection-confirm-help = Chacun est vérifié à nouveau lorsque vous confirmez ; une tâche en arrière-plan les modifie ensuite un par un, et cette page affiche chaque résultat.
guests-selection-cancel = Annuler : retour aux invités
guests-selection-job = Tâche { $job } : { $state }. { $done } terminées, { $failed } en échec, { $waiting } en attente.
guests-selection-refreshes = Cette page s'actualise toutes les quelques secondes jusqu'à la fin de la tâche.
guests-selection-row-state = État
guests-selection-row-result = Résultat
guests-selection-row-done = Terminé.
