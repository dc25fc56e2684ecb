# Campagnes de revue et règles de cycle de vie : les pages, la partie des réviseurs dans Mes invités et les réponses.

reviews-breadcrumb = Fil d'Ariane
reviews-campaigns = Campagnes de revue
reviews-campaign = Campagne de revue
reviews-back-campaigns = Retour aux campagnes de revue
reviews-back-campaign = Retour à la campagne
reviews-back-rules = Retour aux règles de cycle de vie

## Périmètres, sort des invités non revus, conditions et actions des règles.

reviews-scope-all = Tous les invités
reviews-scope-domain = Invités de { $domain }
reviews-scope-group = Invités du groupe { $group }
reviews-scope-inactive = Invités inactifs depuis plus de { $days } jours
reviews-scope-pending = Invitations en attente depuis plus de { $days } jours
reviews-scope-enter-inactive-days = Saisissez le nombre de jours d'inactivité, par exemple 90.
reviews-scope-enter-pending-days = Saisissez le nombre de jours pour les invitations en attente, par exemple 90.
reviews-scope-enter-domain = Saisissez le domaine de messagerie des invités, par exemple contoso.com.
reviews-scope-enter-group = Saisissez l'identifiant d'objet du groupe.
reviews-scope-choose = Choisissez les invités : tous, un domaine, un groupe, inactifs ou en attente.
reviews-unreviewed-no-change = Rien ne change
reviews-unreviewed-end = Leur accès prend fin
reviews-unreviewed-keep = Ils conservent leur accès
reviews-kind-attestation = Aucun parrain ne les a confirmés depuis { $n } jours
reviews-kind-inactivity = Inactifs depuis plus de { $n } jours
reviews-kind-sponsors = Moins de { $n } parrains en mesure d'agir
reviews-kind-unredeemed = Invitation non utilisée après { $n } jours
reviews-action-notify = Prévenir leurs parrains
reviews-action-disable = Bloquer la connexion
reviews-action-disable-delete = Bloquer la connexion, supprimer après le délai de grâce

## La page des campagnes et le formulaire Nouvelle campagne.

reviews-started = La campagne a commencé : ses réviseurs voient leurs invités dans Mes invités.
reviews-runs = { $starts } – { $ends }
reviews-decided-of = { $decided } sur { $items }
reviews-campaigns-lead = Les parrains de chaque invité confirment si l'invité a encore besoin d'accès. Rien ne change tant que la campagne n'est pas terminée et qu'un administrateur ne l'a pas appliquée après sa simulation.
reviews-rules-link = Règles de cycle de vie et arrêt d'urgence
reviews-col-campaign = Campagne
reviews-col-guests = Invités
reviews-col-runs = Période
reviews-col-decided = Décidés
reviews-col-state = État
reviews-start-heading = Lancer une campagne
reviews-name = Nom
reviews-name-help = Par exemple « Invités Contoso, premier semestre 2027 ».
reviews-which-guests = Quels invités
reviews-option-domain = Invités d'un domaine
reviews-option-group = Invités d'un groupe
reviews-option-inactive = Invités inactifs depuis plus de N jours
reviews-option-pending = Invitations en attente depuis plus de N jours
reviews-value = Domaine, identifiant de groupe ou jours
reviews-value-help = contoso.com pour un domaine ; l'identifiant d'objet du groupe ; un nombre de jours pour inactifs ou en attente. Vide pour tous les invités.
reviews-fallback = Réviseur de secours
reviews-fallback-help = Adresse e-mail de la personne qui revoit les invités sans parrain en mesure d'agir, et ceux qu'un parrain ne connaît pas. Vide : vous.
reviews-starts = Début
reviews-starts-help = Vide : aujourd'hui.
reviews-ends = Fin
reviews-ends-help = Des rappels partent à mi-parcours et deux jours avant la fin, uniquement aux réviseurs qui ont des éléments en suspens.
reviews-nobody-reviewed = Invités que personne n'a revus
reviews-option-unreviewed-end = Leur accès prend fin (la simulation avertit au-delà du plafond)
reviews-start-button = Lancer la campagne
reviews-state-applied = Appliquée le { $date }
reviews-state-ended = Terminée : en attente d'application
reviews-state-running = En cours
reviews-start-name = Donnez un nom à la campagne (200 caractères au plus), par exemple « Invités Contoso, premier semestre 2027 ».
reviews-start-enter-start = Saisissez la date de début sous forme de date, par exemple 2027-01-31.
reviews-start-enter-end = Saisissez la date de fin sous forme de date, par exemple 2027-01-31.
reviews-start-end-after = La date de fin doit suivre la date de début et aujourd'hui.
reviews-start-too-long = Une campagne dure un an au plus.
reviews-start-unreviewed = Choisissez ce qu'il advient des invités que personne n'a revus.
reviews-start-fallback-enter = Saisissez l'adresse e-mail du réviseur de secours.
reviews-start-fallback = Réviseur de secours : { $why }
reviews-no-campaign = Cette campagne n'existe pas.
reviews-no-campaign-open = Cette campagne n'existe pas. Ouvrez Campagnes de revue pour les voir toutes.

## Une campagne : avancement par réviseur.

reviews-remind = Relancer { $name }
reviews-fallback-mark = {" "}(réviseur de secours)
reviews-cannot-tell = Impossible à déterminer
reviews-cannot-tell-lead = Guestlist n'a pas pu déterminer si ces invités sont inactifs : ils ne font donc pas partie de la campagne et rien ne leur arrive :
reviews-read-report = Lire le rapport
reviews-plan-link = Simulation : ce que fera l'application
reviews-reviewers = Réviseurs
reviews-col-reviewer = Réviseur
reviews-col-open = En suspens
reviews-col-overdue = En retard
reviews-col-remind = Relancer
reviews-remind-not-reviewer = Cette personne n'est pas réviseur dans cette campagne.
reviews-remind-done = { $count ->
    [one] Un rappel concernant { $count } élément en suspens est en route vers { $name }.
   *[other] Un rappel concernant { $count } éléments en suspens est en route vers { $name }.
}
reviews-remind-nothing = { $name } n'a aucun élément en suspens dans cette campagne (ou pas d'adresse e-mail) : aucun rappel envoyé.

## À revoir (dans Mes invités).

reviews-to-review = À revoir
reviews-to-review-lead = Des campagnes de revue vous demandent si ces invités ont encore besoin d'accès. Rien ne change avant la fin de la campagne et son application par un administrateur ; d'ici là, vous pouvez modifier votre décision.
reviews-record-for = Enregistrer la décision pour { $name }
reviews-dont-know-label = Je ne connais pas { $name }
reviews-item-campaign = Campagne « { $campaign } », jusqu'au { $date }.
reviews-item-routed = Transmis à vous en tant que réviseur de secours : { $why }.
reviews-decision = Décision
reviews-option-extend = Prolonger jusqu'à une date
reviews-option-end = Mettre fin à l'accès
reviews-until-extend = Jusqu'au (pour Prolonger)
reviews-why = Motif
reviews-decision-keep = conserver
reviews-decision-extend = prolonger
reviews-decision-end = mettre fin
reviews-decided = Décidé par { $by } : { $decision } — « { $why } »
reviews-decided-until = Décidé par { $by } : { $decision } jusqu'au { $date } — « { $why } »
reviews-not-yours = Cet invité n'est pas à vous de revoir (ou la campagne est terminée). Ouvrez Mes invités pour voir les invités que vous devez revoir.
reviews-decide-choose = Choisissez conserver, prolonger ou mettre fin.
reviews-decide-why = Indiquez brièvement pourquoi (1000 caractères au plus) : le rapport le conserve pour les auditeurs.
reviews-recorded-keep = Enregistré : { $name } conserve son accès lorsque « { $campaign } » sera appliquée après le { $ends }. Vous pouvez modifier cela d'ici là.
reviews-recorded-extend = Enregistré : { $name } conserve son accès jusqu'au { $until } lorsque « { $campaign } » sera appliquée après le { $ends }. Vous pouvez modifier cela d'ici là.
reviews-recorded-end = Enregistré : { $name } perd son accès lorsque « { $campaign } » sera appliquée après le { $ends }. Vous pouvez modifier cela d'ici là.
reviews-dont-know-fallback = Vous êtes le réviseur de secours de cette campagne : l'élément reste donc chez vous. Décidez de conserver ou de mettre fin, et indiquez pourquoi.
reviews-dont-know-done = { $name } est transmis à { $fallback }, le réviseur de secours de la campagne. Il ne figure plus dans votre liste.

## Simulations et application.

reviews-dry-run = Simulation
reviews-dry-run-of = Simulation : { $name }
reviews-over-cap = Cela bloquerait { $changes } comptes, plus que les { $cap } qu'une exécution peut modifier. Rien ne se passe sans votre confirmation ci-dessous.
reviews-confirm-over-cap = Je confirme : appliquer malgré le dépassement du plafond
reviews-confirm-over-cap-help = Chaque modification est auditée et peut être annulée depuis le rapport jusqu'à la suppression du compte.
reviews-apply-button = Appliquer ces modifications
reviews-plan-summary = { $guests } invité(s) ; { $changes } compte(s) seraient bloqués ; { $cap } au plus par exécution.
reviews-col-guest = Invité
reviews-col-what-happens = Ce qui se passe
reviews-col-evidence-read = Éléments lus
reviews-plan-why-decided = { $by } : { $why }
reviews-plan-why-unreviewed-no-change = Personne ne l'a revu ; la campagne prévoit : rien ne change
reviews-plan-why-unreviewed-end = Personne ne l'a revu ; la campagne prévoit : l'accès prend fin
reviews-plan-why-unreviewed-keep = Personne ne l'a revu ; la campagne prévoit : l'accès est conservé
reviews-plan-end = Bloquer la connexion maintenant, supprimer le { $date }
reviews-plan-keep = Conserve l'accès ; prochaine revue le { $date }
reviews-plan-extend = Accès jusqu'au { $date }
reviews-plan-no-change = Aucun changement
reviews-blocked-applied = Cette campagne a été appliquée le { $date }.
reviews-blocked-running = La campagne dure jusqu'au { $date } : les réviseurs peuvent encore décider, elle ne peut donc être appliquée qu'après.
reviews-blocked-kill-switch = L'arrêt d'urgence est activé : rien n'est modifié tant qu'un administrateur ne l'a pas désactivé sur la page Règles de cycle de vie.
reviews-apply-over-cap = L'application modifierait { $changes } comptes, plus que les { $cap } qu'une exécution peut modifier. Rien n'a été modifié : examinez la simulation, puis cochez « Je confirme » pour appliquer quand même.
reviews-applied = « { $campaign } » est appliquée : { $changed } compte(s) bloqué(s), { $kept } invité(s) conservent leur accès.
reviews-applied-report = Son rapport est prêt. Les invités dont l'accès a pris fin peuvent être rétablis depuis le rapport jusqu'à leur suppression (et restaurés pendant 30 jours ensuite).
reviews-no-item = Cet élément de revue n'existe pas.
reviews-undo-item-nothing = La campagne n'a pas bloqué la connexion de { $name } (ou cela a déjà été annulé) : rien à annuler.
reviews-undo-no-id = Cet invité n'a pas d'identifiant d'objet dans l'annuaire.
reviews-undo-restored = { $name } est restauré depuis les éléments supprimés, avec ses appartenances aux groupes.
reviews-undo-gone = { $name } ne figure plus dans les éléments supprimés (Microsoft les conserve 30 jours) et ne peut donc pas être restauré.
reviews-undo-done = { $name } peut de nouveau se connecter.

## Le rapport.

reviews-report = Rapport
reviews-report-of = Rapport : { $name }
reviews-report-intact = Chaque ligne correspond à son hachage : rien n'a été modifié après la création du rapport.
reviews-report-tampered = Les lignes marquées « modifiée » ont été modifiées après la création du rapport : leur hachage ne correspond plus.
reviews-report-undone = Annulé le { $date } : connexion de nouveau autorisée.
reviews-undo-for = Annuler pour { $name }
reviews-report-changed = modifiée — { $hash }
reviews-report-scope-applied = { $scope } · appliquée { $applied }
reviews-report-applied = le { $date } par { $name }
reviews-report-csv = Télécharger le rapport au format CSV (avec sa chaîne de hachage)
reviews-col-by = Par
reviews-col-when = Quand
reviews-col-what-happened = Ce qui s'est passé
reviews-col-hash = Hachage
reviews-not-reviewed = non revu
reviews-report-not-applied = Le rapport est créé lorsque la campagne est appliquée : ouvrez sa simulation et appliquez-la d'abord.

## Règles de cycle de vie.

reviews-rules = Règles de cycle de vie
reviews-rule-saved = La règle est enregistrée. Elle s'exécute chaque jour avec les autres ; consultez d'abord sa simulation.
reviews-rule-switched-on = La règle est activée : elle s'exécute chaque jour.
reviews-rule-switched-off = La règle est désactivée : elle ne fait rien tant qu'elle n'est pas activée.
reviews-kill-switch-is-on = L'arrêt d'urgence est activé : aucune règle, campagne ni délai de grâce ne modifie de compte.
reviews-kill-switch-turn-off = Désactiver l'arrêt d'urgence
reviews-kill-switch-is-off = Les modifications automatiques sont actives. L'arrêt d'urgence stoppe immédiatement toutes les règles, toute application de campagne et toute suppression après un délai de grâce.
reviews-kill-switch-turn-on = Activer l'arrêt d'urgence
reviews-kill-switch-on = L'arrêt d'urgence est activé : aucune règle, campagne ni délai de grâce ne modifie de compte jusqu'à sa désactivation.
reviews-kill-switch-off = L'arrêt d'urgence est désactivé : les règles reprennent à leur prochaine exécution quotidienne, et les campagnes peuvent être appliquées.
reviews-rule-turn-off = Désactiver { $name }
reviews-rule-turn-on = Activer { $name }
reviews-rule-run = Exécuter { $name } maintenant
reviews-rule-confirm-over-cap = Je confirme : au-delà du plafond
reviews-rule-last-run = { $date } : { $changed } modifié(s), { $skipped } ignoré(s). { $summary }
reviews-rule-not-run = Pas encore exécutée
reviews-rule-off-mark = {" "}(désactivée)
reviews-rules-lead = Le service exécute chaque règle une fois par jour, par ordre de priorité ; un invité est traité par la première règle qui s'applique. Une exécution modifie au plus { $cap } comptes : au-delà, rien ne se passe tant qu'un administrateur n'a pas confirmé. Les invités dont l'accès a pris fin sont supprimés après { $days } jours.
reviews-kill-switch = Arrêt d'urgence
reviews-rules-heading = Règles
reviews-rules-plan-link = Simulation : ce que feraient les règles maintenant
reviews-priority = Priorité
reviews-col-rule = Règle
reviews-looks-for = Recherche
reviews-does = Action
reviews-col-last-run = Dernière exécution
reviews-col-change = Modifier
reviews-new-rule = Nouvelle règle
reviews-rule-name-help = Par exemple « Bloquer les invités inactifs depuis un an ».
reviews-threshold-help = Jours ; pour les parrains, le nombre minimum qu'un invité doit avoir (1 à 5).
reviews-rule-value = Domaine ou identifiant de groupe
reviews-rule-value-help = Vide pour tous les invités.
reviews-priority-help = Les plus basses s'exécutent d'abord ; vide : 100.
reviews-save-rule = Enregistrer la règle
reviews-rules-changed = Ce que les règles ont modifié récemment
reviews-col-what = Quoi
reviews-col-evidence = Éléments
reviews-col-undo = Annuler
reviews-rules-plan = Simulation des règles de cycle de vie
reviews-rules-plan-lead = Ce que ferait chaque règle si elle s'exécutait maintenant : pour qui, pourquoi, et les éléments lus. Rien n'a été modifié.
reviews-rule-name = Donnez un nom à la règle (200 caractères au plus).
reviews-rule-choose-kind = Choisissez ce que recherche la règle.
reviews-rule-enter-sponsors = Saisissez le nombre minimum de parrains qu'un invité doit avoir, de 1 à 5.
reviews-rule-enter-days = Saisissez le nombre de jours, par exemple 90.
reviews-rule-choose-action = Choisissez ce que fait la règle.
reviews-rule-choose-scope = Choisissez les invités : tous, un domaine ou un groupe.
reviews-rule-enter-priority = Saisissez la priorité sous forme de nombre entier (les plus basses s'exécutent d'abord).
reviews-no-rule = Cette règle n'existe pas.
reviews-no-rule-on = Cette règle n'existe pas, ou elle est désactivée.
reviews-no-change = Cette modification n'existe pas.
reviews-rule-done-notified = prévenu
reviews-rule-done-disabled = bloqué
reviews-rule-done-ending = fin en cours
reviews-rule-done-undone = { $what } (annulé)
reviews-skipped = Ignoré : { $why }
reviews-skip-undone = un administrateur a annulé la modification de cette règle le { $date }
reviews-skip-done = déjà { $what } par cette règle le { $date }
reviews-skip-blocked = la connexion est déjà bloquée
reviews-skip-ending = son accès est déjà en train d'être terminé
reviews-skip-no-sponsor = aucun parrain à prévenir
reviews-change-disable = Bloquer la connexion maintenant
reviews-plan-why-rule = Règle « { $rule } » : { $condition }
reviews-blocked-rule-off = Cette règle est désactivée.
reviews-blocked-rule-kill-switch = L'arrêt d'urgence est activé : aucune règle ne modifie quoi que ce soit.
reviews-rule-held = En attente : elle bloquerait { $changes } comptes, plus que les { $cap } qu'une exécution peut modifier. Rien n'est modifié tant qu'un administrateur n'a pas confirmé.
reviews-rule-ran-notify = { $count } invité(s) : parrains prévenus
reviews-rule-ran-disable = { $count } invité(s) : connexion bloquée
reviews-rule-ran-disable-delete = { $count } invité(s) : connexion bloquée, suppression après le délai de grâce
reviews-rule-ran = { $what } ; { $skipped } ignoré(s).
reviews-run-kill-switch = L'arrêt d'urgence est activé : aucune règle ne modifie quoi que ce soit jusqu'à sa désactivation.
reviews-run-done = « { $rule } » : { $summary }
reviews-undo-rule-nothing = Il n'y a rien à annuler pour { $name }.

## E-mails aux réviseurs et aux parrains.

reviews-mail-hello = Bonjour { $name },
reviews-mail-remind-subject = Merci de revoir { $count } invité(s) d'ici le { $ends }
reviews-mail-remind-body = La revue « { $campaign } » vous demande si { $count } invité(s) ont encore besoin d'accès. Elle se termine le { $ends }.
reviews-mail-remind-action = Pour chacun, conservez, prolongez ou mettez fin à l'accès, et indiquez pourquoi :
reviews-mail-notify-subject = { $name } a-t-il encore besoin d'accès ?
reviews-mail-notify-body = { $name }, un invité dont vous êtes le parrain, a été repéré par la règle « { $rule } » : { $condition } ({ $evidence }).
reviews-mail-notify-action = Si l'accès est encore nécessaire, conservez-le ou prolongez-le dans Mes invités ; sinon, mettez-y fin :
