# Le tableau de bord (administrateurs) : chiffres en direct, instantané calculé en arrière-plan et graphiques.

dashboard-title = Tableau de bord
dashboard-refresh-notice = De nouveaux chiffres arrivent : le service d’arrière-plan lit l’annuaire maintenant. Rechargez cette page dans une minute.
dashboard-refresh-button = Actualiser les chiffres maintenant
dashboard-no-figures = Il n’y a pas encore de chiffres : le service d’arrière-plan les calcule peu après le démarrage de Guestlist, puis régulièrement. Demandez-les maintenant avec le bouton ci-dessous.

## Comptés en direct par Graph.

dashboard-live-heading = En ce moment
dashboard-live-help = Comptés par Microsoft Graph pour cette page.
dashboard-live-problem = Microsoft Graph n’a pas pu compter pour le moment : { $problem }
dashboard-live-pending = Invitations en attente
dashboard-live-pending-help = Personnes invitées qui n’ont pas encore accepté (externalUserState PendingAcceptance).
dashboard-live-guests = Comptes de type d’utilisateur Invité
dashboard-live-guests-help = Le type d’utilisateur indique ce qu’une personne peut voir dans l’annuaire, pas comment elle se connecte : les membres externes n’en font pas partie.

## L’instantané.

dashboard-snapshot-heading = Tous les utilisateurs externes
dashboard-snapshot-help = Lire tous les utilisateurs externes prend du temps : ces chiffres sont donc calculés en arrière-plan et peuvent avoir un peu de retard.
# { $elapsed } suit « il y a ».
dashboard-age = Chiffres d’il y a { $elapsed } ({ $date }, { $time } UTC).
dashboard-refresh-asked-by = De nouveaux chiffres ont été demandés par { $name } il y a { $elapsed } ; ils apparaîtront ici dès que le service d’arrière-plan aura lu l’annuaire.
dashboard-refresh-asked = De nouveaux chiffres ont été demandés il y a { $elapsed } ; ils apparaîtront ici dès que le service d’arrière-plan aura lu l’annuaire.
dashboard-last-error = La dernière tentative de calcul de nouveaux chiffres a échoué : { $problem }
dashboard-total = Utilisateurs externes
dashboard-total-help = Invités et membres externes : invités, avec #EXT# dans leur nom d’utilisateur, ou se connectant avec le compte d’une autre organisation ou un compte personnel.
dashboard-pending-long = En attente depuis plus de { $days } jours
dashboard-pending-long-help = Invitations toujours pas acceptées { $days } jours après leur envoi : renvoyez-les ou supprimez les invités.
dashboard-without-sponsor = Sans sponsor
dashboard-without-sponsor-help = { $count ->
    [one] { $count } utilisateur externe dont personne dans votre organisation ne répond. Ajoutez un sponsor, ou vérifiez s’il a encore besoin d’accès.
   *[other] { $count } utilisateurs externes dont personne dans votre organisation ne répond. Ajoutez un sponsor, ou vérifiez s’ils ont encore besoin d’accès.
}
dashboard-deleted = { $link } — utilisateurs externes supprimés au cours des 30 derniers jours, à restaurer ou à supprimer définitivement.
dashboard-deleted-link = Invités récemment supprimés

## Depuis combien de temps, après « il y a ».

dashboard-elapsed-moment = moins d’une minute
dashboard-elapsed-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
dashboard-elapsed-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
dashboard-elapsed-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}

## Les graphiques.

dashboard-chart-empty = Rien à afficher pour l’instant.
dashboard-chart-as-table = Les chiffres de « { $title } » sous forme de tableau
dashboard-chart-count = Nombre
dashboard-chart-status-title = Utilisateurs externes par statut
dashboard-chart-status-description = Combien des { $total } utilisateurs externes sont en attente, actifs, inactifs, jamais connectés, désactivés ou inconnus.
dashboard-chart-status-description-no-sign-ins = Combien des { $total } utilisateurs externes sont dans chaque statut. Graph n’a fourni aucune donnée de connexion (il faut Entra ID P1 et AuditLog.Read.All) : les invités qui ont accepté sont donc Inconnus.
dashboard-chart-status-heading = Statut
dashboard-chart-provider-title = Utilisateurs externes par fournisseur d’identité
dashboard-chart-provider-description = Le compte avec lequel chaque utilisateur externe se connecte (les identités de Graph). Une personne qui en a deux compte pour les deux.
dashboard-chart-provider-heading = Se connecte avec
dashboard-chart-provider-none = Aucun (invitation non acceptée)
dashboard-chart-domain-title = Les { $count } principaux domaines de messagerie
dashboard-chart-domain-description = Les { $count } domaines des adresses e-mail des utilisateurs externes qui comptent le plus de personnes, puis tous les autres ensemble.
dashboard-chart-domain-heading = Domaine
dashboard-chart-domain-other = Tous les autres domaines
dashboard-chart-domain-none = Aucune adresse e-mail
dashboard-chart-weeks-title = Invitations par semaine, { $count } dernières semaines
dashboard-chart-weeks-description = Utilisateurs créés par invitation chaque semaine, du lundi au dimanche (UTC), comptés à partir de la création de leur compte par Entra (createdDateTime), quelle que soit la personne qui les a invités.
dashboard-chart-weeks-heading = Semaine du
dashboard-chart-inactive-title = Dernière connexion ancienne
dashboard-chart-inactive-description = Utilisateurs externes dont la dernière connexion (interactive, non interactive ou réussie) remonte à plus de 30, 90, 180 ou 365 jours ; une personne absente depuis un an compte dans les quatre. Les personnes qui ne se sont jamais connectées ne sont pas comptées ici.
dashboard-chart-inactive-description-no-sign-ins = Graph n’a fourni aucune donnée de connexion (il faut Entra ID P1 et AuditLog.Read.All) : personne ne peut donc être compté comme inactif.
dashboard-chart-inactive-heading = Dernière connexion
dashboard-chart-inactive-bar = { $days ->
    [one] Il y a plus de { $days } jour
   *[other] Il y a plus de { $days } jours
}
