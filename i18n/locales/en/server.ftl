# The server's own answers: sign-in errors, the page around them, the language choice.

server-page-title = { $title } – Guestlist
server-skip-link = Skip to main content
server-sign-in-failed-title = Sign-in did not finish
# $reason is one of the server-error-* messages.
server-sign-in-failed = Sign-in did not finish: { $reason }.
server-try-again = Try again
server-home = Home
server-signed-out-title = Signed out
server-signed-out = You are signed out of Guestlist.
server-cross-site = This request came from another website, so Guestlist refused it. If you meant to do this, go to Guestlist and do it from there.
server-language-unknown = Guestlist does not speak this language. Choose one of: { $languages }.

## Why sign-in did not finish (after "Sign-in did not finish:"). $detail is technical, as the
## sign-in service or the server said it.

server-error-discovery = the sign-in service could not be reached or did not answer properly ({ $detail })
server-error-provider = the sign-in service reported: { $detail }
server-error-nothing-pending = no sign-in was in progress in this browser; it may have finished already or taken too long
server-error-state-mismatch = the answer from the sign-in service did not belong to the sign-in started in this browser
server-error-wrong-issuer = the answer did not come from the sign-in service this portal uses (its issuer is { $detail })
server-error-missing-code = the sign-in service did not return a sign-in code
server-error-exchange = the sign-in code could not be exchanged ({ $detail })
server-error-missing-id-token = the sign-in service returned no ID token
server-error-invalid-id-token = the ID token could not be verified ({ $detail })
server-error-missing-identity = the ID token does not say who you are (its oid or tid claim is missing)
server-error-session = the session could not be saved ({ $detail })
server-error-account-gone = your account is disabled or no longer exists in the directory
server-error-account-unchecked = the portal could not check your account in the directory ({ $detail }), and without that it cannot tell whether you are a member of the organisation; try again in a few minutes, or ask your administrator if this persists
