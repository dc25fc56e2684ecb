# The server's own answers: sign-in errors, the page around them, the language choice.

server-page-title = { $title } – Guestlist
server-skip-link = Aller au contenu principal
server-sign-in-failed-title = La connexion n’a pas abouti
server-sign-in-failed = La connexion n’a pas abouti : { $reason }.
server-try-again = Réessayer
server-home = Accueil
server-signed-out-title = Déconnecté
server-signed-out = Vous êtes déconnecté de Guestlist.
server-cross-site = Cette demande provenait d’un autre site web ; Guestlist l’a donc refusée. Si vous vouliez vraiment le faire, ouvrez Guestlist et faites-le depuis Guestlist.
server-language-unknown = Guestlist n’est pas disponible dans cette langue. Choisissez l’une de celles-ci : { $languages }.

## Why sign-in did not finish.

server-error-discovery = le service de connexion n’a pas pu être joint ou n’a pas répondu correctement ({ $detail })
server-error-provider = le service de connexion a signalé : { $detail }
server-error-nothing-pending = aucune connexion n’était en cours dans ce navigateur ; elle est peut-être déjà terminée ou a pris trop de temps
server-error-state-mismatch = la réponse du service de connexion ne correspondait pas à la connexion commencée dans ce navigateur
server-error-wrong-issuer = la réponse ne venait pas du service de connexion utilisé par ce portail (son émetteur est { $detail })
server-error-missing-code = le service de connexion n’a renvoyé aucun code de connexion
server-error-exchange = le code de connexion n’a pas pu être échangé ({ $detail })
server-error-missing-id-token = le service de connexion n’a renvoyé aucun jeton d’ID
server-error-invalid-id-token = le jeton d’ID n’a pas pu être vérifié ({ $detail })
server-error-missing-identity = le jeton d’ID n’indique pas qui vous êtes (la revendication oid ou tid manque)
server-error-session = la session n’a pas pu être enregistrée ({ $detail })
server-error-account-gone = votre compte est désactivé ou n’existe plus dans l’annuaire
server-error-account-unchecked = le portail n’a pas pu vérifier votre compte dans l’annuaire ({ $detail }) et ne peut donc pas savoir si vous êtes membre de l’organisation ; réessayez dans quelques minutes, ou contactez votre administrateur si le problème persiste
