### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: en-GB (English, English)
### translator: Kinline team (the source text, by the call engineer of issue #5)
### reviewed: yes

join-title = Video call
join-legal = This is a legal call: staff do not watch it.
join-starting = Starting your camera…
join-no-camera = Your camera or microphone could not be started. Allow them and reload this page.
join-waiting = Please wait: an officer will check and admit you shortly.
join-connecting = Connecting…
join-in-call = You are connected.
join-warning = The call ends in one minute.
join-reconnecting = The connection was lost. Reconnecting…
join-no-route = No connection could be set up from this browser. Check your internet connection, then reload this page.
join-peer-left = The other side lost its connection. Waiting…
join-ended-completed = The call has ended.
join-ended-slot-ended = The call has ended: its time is up.
join-ended-terminated = The officer has ended the call.
join-ended-technical-failure = The call ended because the connection failed. It can be booked again at no cost.
join-ended-not-admitted = The call did not go ahead.
join-unknown = This link is not valid or the call is over.
join-in-use = Someone is already in this call with this link. Only one person can join; if that was you, close the other window.
join-hang-up = Hang up
join-no-record = Do not record this call. The centre keeps only its date, time and length.
join-language = Language
refused-unknown = This link is not valid. Check the link you were sent.
refused-cancelled = This call was cancelled.
refused-over = This call has already taken place.
refused-past = The time for this call has passed.
