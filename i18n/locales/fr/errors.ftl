# Les erreurs des services, telles que les personnes les lisent.

errors-signed-out = Vous n’êtes pas connecté (ou votre session a pris fin). Connectez-vous et réessayez.
errors-not-allowed = Cette action nécessite le rôle { $role }, que vous n’avez pas. Demandez-le à un administrateur si vous en avez besoin.
errors-database = La base de données du portail n’a pas répondu. Rien n’y a été modifié ; réessayez dans un instant et prévenez un administrateur si cela se reproduit.
errors-cannot-send = Cette requête ne peut pas être envoyée : { $reason }.

## Les échecs de Microsoft Graph en termes simples.

errors-graph-reference = { $text } (référence { $id })
errors-graph-not-allowed = Vous, ou ce portail, n’êtes pas autorisés à faire cela dans Microsoft Entra. Demandez le rôle ou l’autorisation nécessaire à un administrateur.
errors-graph-bad-request = Microsoft Entra a rejeté la requête comme non valide. Vérifiez les valeurs saisies.
errors-graph-unsupported-query = Microsoft Entra ne peut pas exécuter cette recherche ou ce filtre. Essayez-en un plus simple.
errors-graph-not-found = L’utilisateur ou le groupe est introuvable. Il a peut-être été supprimé.
errors-graph-busy = Microsoft Entra reçoit trop de requêtes. Veuillez patienter une minute et réessayer.
errors-graph-expired = Votre connexion a expiré. Veuillez vous reconnecter.
errors-graph-temporary = Microsoft Entra a rencontré un problème temporaire. Veuillez réessayer dans un instant.
errors-graph-failed-dependency = Cette étape a été ignorée, car une étape précédente de la même requête a échoué.
errors-graph-other = Microsoft Entra n’a pas pu traiter la requête.
errors-graph-portal-sign-in = Microsoft Entra n’a pas laissé ce portail se connecter. Un administrateur doit vérifier l’inscription de l’application (ID client, secret et autorisations).
errors-graph-timed-out = Microsoft n’a pas répondu à temps. Veuillez réessayer dans un instant.
errors-graph-unreachable = Microsoft est injoignable. Vérifiez le réseau et réessayez.
errors-graph-undecodable = Microsoft a envoyé une réponse que ce portail n’a pas pu comprendre. Veuillez réessayer ; si cela se reproduit, signalez-le à un administrateur.
