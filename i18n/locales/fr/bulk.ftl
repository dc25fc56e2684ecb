# Invitation groupée : le fichier, son aperçu, la progression de la tâche et le résultat de chaque ligne.

## Colonnes et formats d'un fichier (les en-têtes du fichier lui-même ne sont pas traduits).

bulk-column-email = Adresse e-mail
bulk-column-display-name = Nom d'affichage
bulk-column-given-name = Prénom
bulk-column-surname = Nom
bulk-column-company = Société
bulk-column-sponsors = Sponsors
bulk-column-groups = Groupes
bulk-column-language = Langue du message
bulk-column-cc = Copie à (cc)
bulk-column-user-type = Type d'utilisateur
bulk-column-redirect = URL de redirection
bulk-column-send-mail = Envoyer l'e-mail d'invitation
bulk-column-message = Message personnel
bulk-format-entra = le modèle d'invitation groupée de Microsoft Entra
bulk-format-csv = un fichier CSV
bulk-format-addresses = une liste d'adresses

## Lecture du fichier.

bulk-line-error = Ligne { $line } : { $text }
bulk-line-column-error = Ligne { $line }, colonne « { $column } » : { $text }
bulk-cell-no-email = il n'y a pas d'adresse e-mail. Renseignez-la ou écartez la ligne.
bulk-cell-send-mail = « { $value } » n'est ni true ni false. Écrivez true pour envoyer l'e-mail d'invitation de Microsoft, false pour ne pas l'envoyer.
bulk-cell-user-type = « { $value } » n'est pas un type d'utilisateur. Écrivez Guest ou Member (ou laissez vide pour Guest).
bulk-file-too-large = Le fichier fait { $size } Mo ; Guestlist accepte au plus { $max } Mo ({ $rows } lignes) à la fois. Divisez-le en fichiers plus petits et envoyez-les un par un.
bulk-file-empty = Le fichier est vide. Utilisez le modèle, ou collez les adresses, une par ligne.
bulk-file-template-version = Ligne { $line } : il s'agit de la version « { $version } » du modèle d'invitation groupée de Microsoft ; Guestlist lit la version v1.0. Téléchargez à nouveau le modèle.
bulk-file-unclosed-quote = Ligne { $line } : un guillemet (") y ouvre une cellule et n'est jamais fermé ; le reste du fichier serait donc lu comme une seule cellule. Fermez le guillemet, ou supprimez-le.
bulk-file-header-unreadable = Ligne { $line } : la ligne d'en-tête ne peut pas être lue ({ $error }).
bulk-file-no-header = Le fichier n'a pas de ligne d'en-tête. Utilisez le modèle, ou collez les adresses, une par ligne.
bulk-file-two-columns = Ligne { $line } : les colonnes « { $earlier } » et « { $header } » contiennent toutes deux : { $column }. Choisissez laquelle utiliser.
bulk-file-no-email-column = Ligne { $line } : aucune colonne ne contient les adresses e-mail. Nommez-en une « Email address to invite [inviteeEmail] » ou « email », ou choisissez la colonne qui les contient.
bulk-line-unreadable = cette ligne ne peut pas être lue ({ $error }).
bulk-line-too-many-cells-commas = cette ligne a { $cells } cellules mais la ligne d'en-tête seulement { $headers } : un séparateur dans une cellule ? Mettez les cellules contenant des virgules entre guillemets doubles.
bulk-line-too-many-cells-semicolons = cette ligne a { $cells } cellules mais la ligne d'en-tête seulement { $headers } : un séparateur dans une cellule ? Mettez les cellules contenant des points-virgules entre guillemets doubles.
bulk-file-too-many-rows = Le fichier a plus de { $max } lignes ; Guestlist en accepte au plus { $max } à la fois. Divisez-le en fichiers plus petits et envoyez-les un par un.
bulk-file-nobody = Le fichier a une ligne d'en-tête mais personne à inviter en dessous.
bulk-line-too-many-addresses = Guestlist accepte au plus { $max } adresses à la fois ; celle-ci et les suivantes ont été laissées de côté.

## Ce que l'aperçu a trouvé, et ce que fait la confirmation.

bulk-verdict-new = Nouveau
bulk-verdict-existing = Déjà dans l'annuaire
bulk-verdict-blocked = Bloqué
bulk-verdict-invalid = Non valide
bulk-verdict-duplicate = Doublon
bulk-verdict-needs-approval = Approbation nécessaire
bulk-verdict-unreadable = Illisible
bulk-choice-skip = Les ignorer
bulk-choice-resend = Renvoyer l'invitation (un nouveau lien)
bulk-choice-reset = Réinitialiser leur acceptation
bulk-plan-dropped = Écartée
bulk-plan-invite = Inviter
bulk-plan-ask = Demander à un approbateur
bulk-plan-resend = Renvoyer
bulk-plan-reset = Réinitialiser l'acceptation
bulk-plan-skip = Ignorer
bulk-summary-new = { $count } à inviter
bulk-summary-needs-approval = { $count } avec approbation nécessaire
bulk-summary-existing = { $count } déjà dans l'annuaire
bulk-summary-blocked = { $count ->
        [one] { $count } bloquée
       *[other] { $count } bloquées
    }
bulk-summary-invalid = { $count ->
        [one] { $count } non valide
       *[other] { $count } non valides
    }
bulk-summary-duplicate = { $count ->
        [one] { $count } doublon
       *[other] { $count } doublons
    }
bulk-summary-dropped = { $count ->
        [one] { $count } écartée
       *[other] { $count } écartées
    }
bulk-summary-unreadable = { $count ->
        [one] { $count } ligne illisible
       *[other] { $count } lignes illisibles
    }
bulk-summary-separator = {", "}
bulk-summary = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    } : { $parts }. La confirmation en envoie { $send }.
bulk-summary-asking = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    } : { $parts }. La confirmation en envoie { $send } et demande l'approbation d'un approbateur pour { $ask }.

## Pourquoi une ligne est comme elle est.

bulk-reason-duplicate = La même adresse figure à la ligne { $line } : seule cette ligne est utilisée. Écartez celle-ci, ou corrigez son adresse.
bulk-reason-cell = { $column } : { $text }
bulk-reason-address-unusable = { $column } : « { $email } » ne peut pas être invité : { $error }. Microsoft n'accepte pas les adresses contenant « + » ou des caractères similaires ; demandez l'adresse simple de la personne.
bulk-reason-not-checked = N'a pas pu être vérifiée : { $error } Corrigez ou revérifiez la ligne pour réessayer.
bulk-reason-no-sponsor = Indiquez un sponsor dans la ligne : personne n'est connecté pour être le sponsor (en ligne de commande, utilisez --as avec votre nom d'utilisateur).
bulk-reason-existing-member = Déjà dans l'annuaire sous { $name } ({ $upn }), un membre de votre organisation : pas besoin d'invitation.
bulk-reason-existing-pending = Déjà dans l'annuaire sous { $name } ({ $upn }), un invité qui n'a pas encore accepté : renvoyez pour lui donner un nouveau lien.
bulk-reason-existing-guest = Déjà dans l'annuaire sous { $name } ({ $upn }), un invité ({ $state }) : réinitialisez son acceptation s'il doit accepter à nouveau.
bulk-reason-existing-external = Déjà dans l'annuaire sous { $name } ({ $upn }), un utilisateur externe.
bulk-reason-existing = Déjà dans l'annuaire sous { $name } ({ $upn }).
bulk-reason-admins-approve = les administrateurs de Guestlist
bulk-reason-needs-approval = { $why } Qui approuve : { $who }.

## Modifier et envoyer une invitation groupée.

bulk-no-such = Cette invitation groupée n'existe pas (ou plus). Commencez-en une nouvelle sur la page Invitation groupée.
bulk-someone-elses-change = Cette invitation groupée appartient à quelqu'un d'autre : seule la personne qui l'a créée peut la modifier ou l'envoyer.
bulk-someone-elses-see = Cette invitation groupée appartient à quelqu'un d'autre : seuls la personne qui l'a créée et les administrateurs peuvent la voir.
bulk-sent-already-job = Cette invitation groupée a déjà été envoyée (tâche { $job }) ; ses lignes ne peuvent plus changer. Relancez plutôt les lignes en échec dans une nouvelle tâche.
bulk-sent-already-requests = Cette invitation groupée a déjà été envoyée : ses demandes sont chez les approbateurs (voir Mes demandes), et ses lignes ne peuvent plus changer.
bulk-no-such-row = Il n'y a pas de ligne { $number } : cette invitation groupée a { $count } lignes.
bulk-choice-not-existing = La ligne { $number } ne correspond à personne déjà présent dans l'annuaire : il n'y a rien à renvoyer ni à réinitialiser.
bulk-choice-member = { $upn } est membre de votre organisation, pas un utilisateur externe : pas besoin d'invitation.
bulk-nothing-to-send = Rien ne serait envoyé : aucune ligne n'est nouvelle, et personne déjà dans l'annuaire n'est à renvoyer ni à réinitialiser. Corrigez des lignes, ou choisissez renvoyer ou réinitialiser.
bulk-reason-needed = { $count ->
        [one] { $count } ligne nécessite
       *[other] { $count } lignes nécessitent
    } l'approbation d'un approbateur : indiquez pourquoi ces invités sont nécessaires (la justification métier), pour que les approbateurs puissent décider.
bulk-retry-not-sent = Cette invitation groupée n'a pas encore été envoyée : il n'y a aucune ligne en échec à relancer.
bulk-retry-running = La tâche { $job } est toujours en cours : attendez qu'elle se termine, puis relancez ses lignes en échec.
bulk-retry-nothing = Aucune ligne n'a échoué : il n'y a rien à relancer.
bulk-retry-source = Lignes en échec de { $source }
bulk-steer-not-sent = Cette invitation groupée n'a pas encore été envoyée : il n'y a aucune tâche à suspendre, reprendre ou annuler.
bulk-steer-unknown = Une tâche peut être suspendue, reprise ou annulée.

## La progression de la tâche.

bulk-progress-sentence = { $done } sur { $total } terminées, { $failed } en échec, { $remaining } restantes{ $cancelled ->
        [0] {""}
       *[other] , { $cancelled } annulées
    }{ $pace }.
bulk-progress-pace = { $rate } par seconde
bulk-progress-pace-left = { $rate } par seconde, environ { $left } restantes
bulk-progress-paused = Suspendue d'elle-même : Microsoft Graph est occupé ou ne répond pas. Elle reprend d'elle-même à { $at } ; rien n'est perdu entre-temps.
bulk-progress-status = { $state } — { $percent } %. { $sentence }
bulk-duration-seconds = { $n } s
bulk-duration-minutes = { $n } min
bulk-duration-hours = { $n } h

## Le résultat de chaque ligne.

bulk-outcome-invited = Invité
bulk-outcome-resent = Renvoyée
bulk-outcome-reset = Acceptation réinitialisée
bulk-outcome-found-after-interruption = Trouvé dans l'annuaire après une tentative interrompue : pas invité deux fois ; ses groupes, son accès aux applications et ses propriétés ont été définis à nouveau.
bulk-outcome-step-failed = Étape en échec : { $step }.
bulk-outcome-dropped = Écartée
bulk-outcome-requested = Demande { $request } envoyée pour approbation
bulk-outcome-not-sent = Pas encore envoyée
bulk-outcome-skipped = Ignorée : { $verdict }

## Les pages d'invitation groupée.

bulk-title = Invitation groupée
bulk-lead = Invitez de nombreuses personnes à la fois à partir d'un fichier CSV ou d'une liste collée. Guestlist vérifie d'abord chaque ligne — qui est nouveau, qui est déjà dans votre annuaire, ce qui serait refusé et pourquoi — et n'envoie rien tant que vous n'avez pas confirmé.
bulk-map-column = Colonne « { $header } »
bulk-map-ignore = Ignorer cette colonne
bulk-map-legend = Ce que contient chaque colonne
bulk-file-label = Fichier CSV
bulk-file-again = Le même fichier CSV à nouveau
bulk-file-help = Le modèle d'invitation groupée de Microsoft Entra tel que le centre d'administration le fournit (version:v1.0), ou { $template } avec les noms, la société, les sponsors, les groupes, la langue, le destinataire en copie et le type d'utilisateur. Virgules ou points-virgules entre les cellules, avec ou sans la marque d'ordre des octets d'Excel ; au plus 2 Mo (10 000 lignes).
bulk-file-help-template = le modèle de Guestlist
bulk-paste-label = Ou collez des adresses e-mail, une par ligne
bulk-paste-help = Une ligne peut aussi être « Nom <adresse> ». Chaque personne reçoit l'e-mail d'invitation de Microsoft, avec vous comme sponsor.
bulk-read-again = Relire le fichier avec ces colonnes
bulk-check-rows = Vérifier les lignes (rien n'est encore envoyé)
bulk-back = Retour à Invitation groupée
bulk-heading = Invitation groupée : { $source }
bulk-breadcrumb = Fil d'Ariane
bulk-total-new = Nouveaux : seront invités
bulk-total-needs-approval = Nécessitent l'approbation d'un approbateur
bulk-total-existing = Déjà dans l'annuaire
bulk-total-blocked = Bloqués
bulk-total-invalid = Non valides
bulk-total-duplicate = Doublons dans le fichier
bulk-total-dropped = Écartés
bulk-total-to-send = Seront envoyés
bulk-unreadable-lines = Lignes qui n'ont pas pu être lues
bulk-columns-wrong = Colonnes mal lues ? Indiquez ce que contient chacune
bulk-send = { $count ->
        [one] Envoyer { $count } invitation
       *[other] Envoyer { $count } invitations
    }
bulk-ask = { $count ->
        [one] Demander à un approbateur { $count } invitation
       *[other] Demander à un approbateur { $count } invitations
    }
bulk-send-and-ask = { $count ->
        [one] Envoyer { $count } invitation et en demander { $ask } à un approbateur
       *[other] Envoyer { $count } invitations et en demander { $ask } à un approbateur
    }
bulk-reason-label = Justification métier pour les lignes qui nécessitent une approbation
bulk-reason-help = Pourquoi ces invités sont nécessaires : chacune des { $count } lignes devient avec elle une demande d'invitation, et les approbateurs décident sur cette base. Vous les suivez dans Mes demandes.
bulk-read-as = Lu comme { $format }. { $summary }
bulk-totals = Totaux
bulk-download-preview = Télécharger l'aperçu (CSV)
bulk-download-results = Télécharger les résultats (CSV)
bulk-col-line = Ligne
bulk-col-email = Adresse e-mail
bulk-col-name = Nom
bulk-col-found = Constat
bulk-col-why = Pourquoi
bulk-col-plan = Ce qui se passe
bulk-col-change = Modifier
bulk-col-result = Résultat
bulk-col-user-id = ID utilisateur
bulk-col-link = Lien d'invitation
bulk-col-details = Détails
bulk-confirm-help = Chaque ligne est vérifiée une fois de plus lors de l'envoi. Vous et les autres administrateurs pouvez suivre la progression sur cette page.
bulk-only-owner = Seul(e) { $owner } peut modifier ou envoyer cette invitation groupée.
bulk-start-over = Recommencer avec un autre fichier
bulk-for-this-person = Pour cette personne
bulk-save-choice = Enregistrer le choix
bulk-keep-row = Garder cette ligne
bulk-drop-row = Écarter cette ligne
bulk-fix-line = Corriger la ligne { $line }
bulk-resume = Reprendre
bulk-pause = Suspendre
bulk-cancel = Annuler les lignes pas encore envoyées
bulk-retry = { $count ->
        [one] Relancer la ligne en échec dans une nouvelle tâche
       *[other] Relancer les { $count } lignes en échec dans une nouvelle tâche
    }
bulk-requests-made = { $count ->
        [one] { $count } ligne est devenue une demande d'invitation : les approbateurs l'ont reçue, et vous la suivez dans { $link }.
       *[other] { $count } lignes sont devenues des demandes d'invitation : les approbateurs les ont reçues, et vous les suivez dans { $link }.
    }
bulk-my-requests = Mes demandes
bulk-results-later = Le résultat de chaque ligne est affiché ici une fois la tâche terminée ; le fichier de résultats contient ceux obtenus jusqu'ici.
bulk-refreshes = Sans JavaScript, cette page s'actualise toutes les quelques secondes jusqu'à la fin de la tâche ; vous pouvez aussi partir et revenir plus tard.
bulk-another-file = Inviter un autre fichier
bulk-request-id = ID de requête { $id }
bulk-detail-request-id = { $detail } (ID de requête { $id })
bulk-redeem-link = Lien d'acceptation
bulk-progress-label = Progression
bulk-fix-title = Corriger une ligne
bulk-fix-no-row = Cette invitation groupée n'a pas de telle ligne.
bulk-back-to-preview = Retour à l'aperçu
bulk-fix-email-help = L'adresse propre de la personne (sans balises « + »).
bulk-fix-display-name-help = Comment l'invité apparaît dans votre annuaire.
bulk-fix-sponsors-help = Des personnes par adresse e-mail ou des groupes par nom, un par ligne ; vide : vous.
bulk-fix-groups-help = Noms de groupes, un par ligne.
bulk-fix-default-language = Langue par défaut de Microsoft
bulk-fix-cc-help = Une personne à mettre en copie de l'e-mail d'invitation de Microsoft.
bulk-fix-user-type-help = Guest (ou vide), ou Member.
bulk-fix-redirect-help = Où l'invité arrive après avoir accepté (https://…) ; vide : la valeur par défaut.
bulk-fix-send-mail-help = true pour envoyer l'e-mail d'invitation de Microsoft, false pour obtenir un lien à transmettre.
bulk-fix-message-help = Un message personnel dans l'e-mail d'invitation.
bulk-fix-save = Enregistrer et revérifier la ligne
bulk-choose-choice = Choisissez ignorer, renvoyer ou réinitialiser.
bulk-choose-steer = Choisissez suspendre, reprendre ou annuler.
bulk-upload-too-large = Le fichier dépasse { $max } Mo, le maximum que Guestlist accepte à la fois. Divisez-le en fichiers plus petits et envoyez-les un par un.
bulk-upload-unreadable = Le téléversement n'a pas pu être lu ({ $error }). Envoyez à nouveau le formulaire.
bulk-upload-the-file = le fichier
bulk-upload-pasted = Adresses collées
bulk-upload-nothing = Choisissez un fichier CSV, ou collez les adresses, une par ligne.
bulk-upload-not-a-form = Envoyez le formulaire depuis la page Invitation groupée (un fichier ou des adresses collées).
