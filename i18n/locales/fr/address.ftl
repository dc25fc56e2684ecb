# Pourquoi une adresse e-mail ne peut pas être invitée (règles de Microsoft Graph).

address-empty = l’adresse e-mail est vide
address-too-long = l’adresse e-mail dépasse { $max } caractères
address-missing-at = il manque le « @ » entre le nom et le domaine de l’adresse e-mail
address-multiple-at = l’adresse e-mail contient plus d’un « @ »
address-empty-local-part = il n’y a rien avant le « @ » de l’adresse e-mail
address-local-part-too-long = la partie avant le « @ » dépasse { $max } caractères
address-whitespace = l’adresse e-mail contient une espace ou un caractère invisible
address-forbidden-character = l’adresse e-mail contient « { $character } », que Microsoft Entra n’accepte pas dans les invitations
address-edge-dot-or-hyphen = la partie avant le « @ » ne peut pas commencer ni se terminer par « . » ou « - »
address-consecutive-dots = l’adresse e-mail contient deux points à la suite
address-invalid-domain = « { $domain } » n’est pas un nom de domaine valide (par exemple contoso.com)
