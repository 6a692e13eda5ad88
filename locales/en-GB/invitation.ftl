### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: en-GB (English, English)
### translator: Kinline team (the source text, by the invitation engineer of issue #16)
### reviewed: yes

msg-subject-invitation = Video call booked: { $when }
msg-subject-reminder = Reminder: video call at { $when }
msg-subject-cancellation = Video call cancelled: { $when }
msg-subject-displacement = Video call cannot take place: { $when }
msg-invitation-intro = You are invited to a video call with a person held at the immigration removal centre.
msg-reminder-intro = Your video call with a person held at the immigration removal centre starts soon.
msg-when = Date and time (UK time): { $when } to { $end }.
msg-kind-social = This is a social call.
msg-kind-legal = This is a legal call.
msg-link = Join with this link in any web browser:
msg-code = Your call code: { $code }
msg-camera = Your browser will ask to use your camera and microphone: please allow both.
msg-adult = Before the call starts, an officer checks that an adult is present.
msg-legal-private = A legal call is private: staff do not watch or listen to it.
msg-social-supervised = Staff may supervise a social call; your privacy is respected as far as possible.
msg-no-record = Do not record the call.
msg-cancelled = The video call booked for { $when } has been cancelled. The link no longer works.
msg-displaced = The video call booked for { $when } cannot take place: a legal call needs its place.
msg-next-free = The next free time is { $next }. The person you were going to call can book it with an officer.
msg-no-free = The person you were going to call can book another time with an officer.
msg-footer = This message was sent automatically by the centre's video call service. Please do not reply.
