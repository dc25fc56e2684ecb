# The services' errors, as people read them.

errors-signed-out = You are not signed in (or your session has ended). Sign in and try again.
errors-not-allowed = This needs the { $role } role, which you do not have. Ask an administrator if you need it.
errors-database = The portal's database did not answer. Nothing was changed in it; try again in a moment, and tell an administrator if it keeps happening.
# { $reason } is the technical reason, in English.
errors-cannot-send = This request cannot be sent: { $reason }.

## Microsoft Graph's failures in plain words.

# { $text } is one of the messages below; { $id } Graph's request id, for Microsoft support.
errors-graph-reference = { $text } (reference { $id })
errors-graph-not-allowed = You, or this portal, are not allowed to do this in Microsoft Entra. Ask an administrator for the needed role or permission.
errors-graph-bad-request = Microsoft Entra rejected the request as invalid. Check the values entered.
errors-graph-unsupported-query = Microsoft Entra cannot run this search or filter. Try a simpler one.
errors-graph-not-found = The user or group was not found. It may have been deleted.
errors-graph-busy = Microsoft Entra is busy with too many requests. Please wait a minute and try again.
errors-graph-expired = Your sign-in has expired. Please sign in again.
errors-graph-temporary = Microsoft Entra had a temporary problem. Please try again in a moment.
errors-graph-failed-dependency = This step was skipped because an earlier step in the same request failed.
errors-graph-other = Microsoft Entra could not complete the request.
errors-graph-portal-sign-in = Microsoft Entra did not let this portal sign in. An administrator should check the app registration (client id, secret and permissions).
errors-graph-timed-out = Microsoft did not answer in time. Please try again in a moment.
errors-graph-unreachable = Microsoft could not be reached. Check the network and try again.
errors-graph-undecodable = Microsoft sent an answer this portal could not understand. Please try again; if it keeps happening, report it to an administrator.
