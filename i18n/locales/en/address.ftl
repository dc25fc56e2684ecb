# Why an e-mail address cannot be invited (Microsoft Graph's rules for invitedUserEmailAddress).
# Each fits into a sentence such as "This address cannot be invited: …".

address-empty = the e-mail address is empty
address-too-long = the e-mail address is longer than { $max } characters
address-missing-at = the e-mail address has no '@' between the name and the domain
address-multiple-at = the e-mail address has more than one '@'
address-empty-local-part = the e-mail address has nothing before the '@'
address-local-part-too-long = the part before the '@' is longer than { $max } characters
address-whitespace = the e-mail address contains a space or an invisible character
address-forbidden-character = the e-mail address contains '{ $character }', which Microsoft Entra does not accept in invitations
address-edge-dot-or-hyphen = the part before the '@' may not start or end with '.' or '-'
address-consecutive-dots = the e-mail address contains two dots in a row
address-invalid-domain = '{ $domain }' is not a valid domain name (expected something like contoso.com)
