### Kinline — the tablet app and the caller's page: interface strings
### language: en-GB (English (United Kingdom), English)
### translator: Kinline team
### reviewed: yes

## App

app-name = Kinline video calls
app-tagline = Video calls for people in detention

## Sign-in (DCO, works offline)

signin-title = Sign in
signin-staff-number = Staff number
signin-pin = PIN
signin-button = Sign in
signin-offline-note = You can sign in without a network if you have signed in on this tablet before.
signin-error-unknown = This staff number is not known on this tablet. Check it, or connect to the network so the tablet can update.
signin-error-pin = The PIN is not right. Try again.
signin-error-locked = Too many wrong PINs. Ask a manager to unlock your account.
signout-button = Sign out

## Today's list

today-title = Today
# $count (Number) - number of calls booked today
today-count = { $count ->
    [one] { $count } call booked
   *[other] { $count } calls booked
}
today-empty = No calls booked for the rest of today.
# $time (String) - start time, e.g. 14:30; $name (String) - detainee's name
today-row = { $time } — { $name }
call-kind-social = Social call
call-kind-legal = Legal call
today-open-session = Open session
today-new-booking = New booking

## Detainee session

session-title = Detainee session
# $name (String) - detainee's name
session-for = Session for { $name }
session-compact-needed = The compact must be signed before any video call.
session-compact-signed = Compact signed
session-suspended = Video calls are suspended for this person.
session-start-call = Start the call
session-hand-back = Give the tablet back to the officer

## The compact

compact-screen-title = Video calls: the rules
compact-choose-language = Choose the language to read and hear the rules in
compact-read-aloud = Read aloud
compact-stop-reading = Stop reading
compact-reading = Reading aloud…
compact-no-voice = There is no voice for this language on this tablet. Use an interpreter to explain the rules.
compact-not-offered = The rules are not available in this language. Use an interpreter to explain them.
compact-not-reviewed = This translation has not been checked by a qualified translator.
compact-not-reviewed-dco = This translation has not been reviewed. Confirm that the detainee understood it, and record how.
compact-confirm-how = How was understanding confirmed?
compact-confirm-read = They read it on screen in a language they read well
compact-confirm-audio = They listened to it read aloud to the end
compact-confirm-interpreter = An interpreter explained it
compact-interpreter-reference = Interpreter's booking or badge reference
compact-understood = I have understood the rules
compact-ask-question = I have a question
# $version (String) - compact version id
compact-version = Version { $version }

## Signature pad

signature-title = Signature
signature-instructions = Sign with your finger inside the box.
signature-clear = Clear
signature-confirm = Confirm signature
signature-witness = Officer: confirm that you saw the detainee sign.
signature-witness-button = I witnessed this signature
signature-saved = Signature saved.

## Call screen

call-waiting = Waiting for the caller to join…
call-caller-joined = The caller has joined.
call-check-adult = Check that the person called is an adult before admitting them.
call-admit = Admit caller
call-refuse-not-adult = Not an adult — do not admit
call-mute = Mute
call-unmute = Unmute
call-camera-off = Camera off
call-camera-on = Camera on
call-end = End call
# $minutes (Number) - minutes left in the slot
call-time-left = { $minutes ->
    [one] { $minutes } minute left
   *[other] { $minutes } minutes left
}
call-reconnecting = The connection was lost. Reconnecting…
call-legal-unsupervised = Legal call: not visually supervised.

## Ending a call

end-title = End the call
end-choose-reason = Why is the call being ended?
end-reason-recording = Recording or publishing the call
end-reason-inappropriate-dress = Not dressed appropriately
end-reason-abusive-language = Foul or abusive language
end-reason-sexualised-behaviour = Sexual behaviour
end-reason-inappropriate-behaviour = Other inappropriate behaviour
end-reason-offensive-material = Showing unlawful or offensive material
end-reason-unlawful-activity = Unlawful activity
end-reason-security-risk = Risk to the security of the centre
end-reason-concern-for-recipient = Concern about the call or the caller's safety
end-confirm = End the call now
end-referral-note = A report goes to the security department.

## Incident report

incident-title = Incident report (DSO §19)
incident-what-happened = What happened
incident-when = When
incident-who-involved = Who was involved
incident-submit = Submit report
incident-saved = Report saved. It will be sent when the tablet is online.

## Suspension notice (written notice to the detainee, DSO §17)

suspension-title = Notice: video calls suspended
# $name (String) - detainee's name; $from (String) - start date; $until (String) - end date
suspension-body = { $name }, your access to video calls is suspended from { $from } until { $until }.
# $reasons (String) - the reasons, already in this language
suspension-reasons = The reasons are: { $reasons }.
suspension-reason-security = for the security of the centre
suspension-reason-safety = for someone's safety
suspension-reason-breach = a breach of the rules for video calls
# $hours (Number) - hours within which the appeal will be decided
suspension-appeal = You can appeal against this decision. Your appeal will be decided within { $hours } hours.
suspension-legal-access = You can still contact your legal adviser in other ways.
# $date (String) - date of review
suspension-review = This suspension will be reviewed on { $date }.

## Language picker

language-title = Language
language-choose = Choose a language
# $native (String) - language name in its own script; $english (String) - English name
language-option = { $native } — { $english }

## Sync status

sync-online = Online
sync-offline = Offline
# $count (Number) - records waiting to be sent
sync-pending = { $count ->
    [one] { $count } record waiting to be sent
   *[other] { $count } records waiting to be sent
}
sync-now = Sync now
sync-failed = Could not reach the centre server. Your work is safe; it will be sent later.

## Errors people can act on

error-network = No network. Your work is saved and will be sent later.
error-camera = The camera is not working. Check that no other app is using it.
error-microphone = The microphone is not working. Check that it is not muted.
error-storage = The tablet is almost full. Tell a manager.
error-try-again = Something went wrong. Try again.

## Caller's page (browser)

caller-title = Join a video call
caller-code = Join code
caller-code-help = Type the code you were given when the call was booked.
caller-join = Join
caller-code-wrong = This code is not right, or the call has not started yet. Check the code and the time.
caller-camera-preview = Your camera
caller-allow-camera = Allow this page to use your camera and microphone.
caller-adult-notice = The officer will check that you are an adult before letting you in.
caller-waiting = Waiting for the officer to let you in…
caller-recording-forbidden = Do not record this call in any way.
caller-call-ended = The call has ended.
caller-ended-by-officer = The officer ended the call.
caller-leave = Leave the call

## Tablet screens (app/src/ui): what the DCO and, in detainee mode, the detainee see

sign-in-lead = Sign in with your staff number and PIN.
sign-in-offline-hint = Sign-in works without a network, with the staff list this tablet synced last.
staff-number = Staff number
staff-name-number = { $name } · { $number }
pin = PIN
sign-in = Sign in
sign-out = Sign out
unlock = Unlock
locked-title = Tablet locked
detainee-mode-staff-pin = Staff only: PIN to return to staff screens
error-wrong-pin = That PIN is not right. Type it again.
error-signed-out = Sign in first: nothing was recorded.
nav-label = Main
nav-today = Today
nav-find = Find a detainee
nav-incident = Write an incident report
sync-label = Sync status
sync-nothing-waiting = Nothing waiting to send
sync-never = Never synced
sync-running = Syncing…
sync-done = Synced with the centre server.
legal-call-marker = LEGAL
legal-call-marker-label = Legal call: priority and privacy (DSO §9)
open-call = Open call
waiting-list = Waiting list
waiting-list-empty = Nobody is waiting for a slot.
find-title = Find a detainee
find-label = Name, number or room
find-none = Nobody on this tablet's roster matches. Check the spelling or sync now.
unknown-detainee = Unknown detainee
access-label = Video call access
access-ok = Can make video calls.
compact = Compact
compact-signed = Signed: version
compact-not-signed = Not signed. Must sign version
go-through-compact = Go through the compact
risk = Risk assessment
risk-not-needed = Not needed.
suspension = Suspension
not-suspended = Not suspended.
suspended-label = Suspension in force
notice-not-given = Written notice not yet given (DSO §17).
open-notice = Give the suspension notice
bookings = Bookings
compact-language-title = Which language?
compact-language-lead = Choose a language the detainee understands. The tablet then belongs to them until you type your PIN.
compact-no-translation = no translation of the compact. Use an interpreter and record their reference (DSO §15).
interpreter-explained = An interpreter explained it (no translation)
interpreter-title = Explained by an interpreter
interpreter-lead = Have an interpreter explain the compact below in a language the detainee understands (DSO §15), then record their reference.
interpreter-reference = Interpreter's booking or badge reference
interpreter-record = Record and go to signature
interpreter-reference-needed = DSO 01/2020 §15: type the interpreter's reference before going on.
reader-label = Reading
read-aloud = ▶ Read aloud
pause = ‖ Pause
i-read-it = I read it myself
compact-must-be-read-to = Their English is not enough to understand the compact unaided: it must be read to them and explained, not read by them (DSO §15).
compact-route-aloud-or-interpreter = Read aloud on this tablet (played to the end), or by an interpreter
compact-route-interpreter-only = No voice on this tablet: by an interpreter only
compact-read-to-you = These rules must be read to you (DSO §15). You can:
compact-route-listen = listen to them read aloud to the end
compact-route-ask-interpreter = ask staff for an interpreter to read and explain them
go-to-signature = Sign
audio-completed = Read aloud to the end.
signature-lead = Sign with your finger in the box.
signature-pad-label = Signature pad: sign with a finger
undo-stroke = Undo last stroke
clear-pad = Clear
signature-missing = DSO 01/2020 §10: there is no signature yet. Sign in the box.
witness-title = Staff: witness
witness-pin = Witnessing DCO's PIN
witness-record = Witness and record
compact-signed-recorded = Compact signed and witnessed.
call-unknown = That call is not on this tablet. Sync now and open it again.
call-step-checkin = When the detainee is at the tablet:
call-checkin = Detainee is here
adult-check-title = Adult check (DSO §8)
adult-check-lead = Look at the caller's video. Children may be with them, but the main recipient must be an adult.
adult-yes = Main recipient is an adult
adult-no = Not an adult
call-not-adult-ended = DSO 01/2020 §8: the main recipient is not an adult, so the call was ended. The caller can call back with an adult present.
admit-lead = The caller is waiting.
admit = Admit caller
start-call = Start call
legal-private = Legal call — private (DSO §9). Stay out of sight and hearing; do not supervise it.
video-self = Detainee's own video
video-waiting = Connecting video…
end-call-label = End the call
end-call-finished = Call finished
end-call-reason = End the call because of:
call-ended = Call ended.
call-terminated-referred = Call ended. It is referred to the security team (DSO §12): write what you saw.
incident-lead = Saved on this tablet first, then sent to the security team for review.
incident-category = What kind of incident?
incident-account = What happened, and who was involved
incident-save = Save report
incident-category-needed = Choose what kind of incident it was.
incident-saved-sent = Report saved and sent to the security team.
incident-saved-offline = No network — the report is saved and will be sent to the security team.
notice-title = Suspension notice (DSO §17)
notice-heading = Your video calls are suspended
notice-appeal = You can appeal in writing to the Centre Manager, giving your reasons. They decide within 48 hours (12 hours if you have removal directions).
notice-legal = You can still reach your legal adviser another way while suspended.
notice-record-given = Record that the notice was given
notice-given-recorded = Recorded that the written notice was given.
suspension-unknown = That suspension is not on this tablet. Sync now.
call-phase-booked = Booked
call-phase-checked-in = Detainee here — adult check next
call-phase-adult-checked = Adult checked — caller waiting
call-phase-admitted = Caller admitted
call-phase-in-call = In call
call-phase-cancelled = Cancelled
ended-completed = finished
ended-slot-ended = time ran out
ended-technical-failure = Technical failure (can rebook)
ended-caller-did-not-join = caller did not join
ended-recipient-not-adult = main recipient not an adult (DSO §8)
terminated-recording = Recording the call (§12)
terminated-inappropriate-dress = Not dressed appropriately (§11)
terminated-abusive-language = Foul or abusive language
terminated-sexualised-behaviour = Sexualised behaviour
terminated-inappropriate-behaviour = Other inappropriate behaviour
terminated-offensive-material = Unlawful or offensive material
terminated-unlawful-activity = Unlawful activity
terminated-security-risk = Risk to the centre's security (§11)
terminated-concern-for-recipient = Concern for the recipient (§19)
incident-recipient-safety = Safety of the recipient
incident-nature-of-call = Nature of the call
incident-recording = Call being recorded
incident-breach-of-terms = Breach of the terms of use
incident-security-risk = Risk to security
incident-other = Something else
suspended-for-security = the security of the centre
suspended-for-safety = someone's safety
suspended-for-breach = a breach of the video calls compact
legal-method-telephone = telephone calls
legal-method-legal-visit = legal visits
legal-method-correspondence = email or fax

## Rulebook refusals (shared/src/dso.rs `RuleViolation::message_id`): what was refused, the
## paragraph of DSO 01/2020, and what to do. Variables are exactly `RuleViolation::args`.
## $paragraph (String) is always the order's reference (e.g. "DSO 01/2020 §10"): keep it as it is.

# $date (String) - a date, e.g. 2026-03-29; $minutes (Number) - minutes open that day
refusal-service-under-seven-hours = { $paragraph }: the video call service must be open at least 7 hours every day, but on { $date } it would be open only { $minutes } minutes. Add opening hours to that day.
# $start, $end (String) - times of day
refusal-bad-opening-window = { $paragraph }: opening window { $start }–{ $end } is not valid (it must end after it starts, and windows on a day must not overlap). Correct the times.
# $minutes (Number) - the refused slot length
refusal-slot-length = { $paragraph }: call slots must be between 30 and 60 minutes, not { $minutes }. Choose a length from 30 to 60.
refusal-slot-outside-opening-hours = { $paragraph }: that slot is outside the video call service's opening hours. Pick a slot from today's list.
refusal-slot-full = { $paragraph }: every call point is taken in that slot. Pick another slot; legal calls can still be booked into it.
refusal-adult-check-missing = { $paragraph }: the call cannot start until a DCO has seen the main recipient and recorded that they are an adult. Do the visual check first.
refusal-recipient-not-adult = { $paragraph }: the main recipient was not confirmed as an adult, so the call cannot go ahead. End it and ask the caller to call back with an adult present.
refusal-legal-call-is-private = { $paragraph }: legal calls are private; a DCO does not watch them. Supervision is off for this call.
# $current (String) - the compact version they must sign
refusal-compact-not-signed = { $paragraph }: the detainee has not signed the centre's current compact (version { $current }). Go through the compact with them and have them sign it first.
refusal-no-compact-published = { $paragraph }: the centre has not published a compact yet. Ask the centre administrator to publish one.
# $given (String) - the version shown; $current (String) - the current version
refusal-compact-version-not-current = { $paragraph }: compact version { $given } is not the centre's current version ({ $current }). Show the current version.
refusal-compact-not-explained = { $paragraph }: the compact has not been read or explained to the detainee in a language they understand. Play it in their language, or use an interpreter and record their reference.
refusal-signature-missing = { $paragraph }: the detainee has not signed yet. Ask them to sign on the pad with a finger.
refusal-compact-audio-incomplete = { $paragraph }: the compact was not played to the end. Play the rest, or explain it through an interpreter.
refusal-compact-must-be-read-to-them = { $paragraph }: the detainee's English is not enough to understand the compact, so it must be read to them: reading it on screen themselves does not count. Play it to the end in their language, or have an interpreter read and explain it and record their reference.
# $language (String) - a language's name
refusal-language-not-understood = { $paragraph }: the detainee does not understand { $language }. Use a language they understand, or an interpreter.
refusal-interpreter-reference-missing = { $paragraph }: record the interpreter's reference (booking or badge number) so the explanation can be checked.
# $measure (String) - the control measure, in English (e.g. MAPPA)
refusal-risk-assessment-required = { $paragraph }: the detainee is subject to { $measure }; they can have video calls only once an individual risk assessment allowing it is recorded. Ask security for one.
# $measure (String) - a control measure, in English; $reference (String) - the assessment's reference; $date (String) - the day it was recorded
refusal-risk-assessment-refused = { $paragraph }: the detainee is subject to { $measure }, and the individual risk assessment { $reference } of { $date } does not allow video calls. They can have video calls only once a new assessment allows it. Ask security to review it.
refusal-suspended = { $paragraph }: the detainee's video call access is suspended. They keep access to legal advice by other means (§18); see the suspension notice.
# $role (String) - a staff role, in English; $action (String) - what they tried, in English
refusal-not-permitted = { $paragraph }: a { $role } may not { $action }. Ask a member of staff whose role allows it.
refusal-suspension-without-video-call-evidence = { $paragraph }: a suspension for breach of the acceptable use policy must cite evidence from video calls (an incident report or a terminated call of this detainee). A suspension cannot be a sanction for wider non-compliance.
refusal-suspension-as-sanction = { $paragraph }: state that this suspension is not a sanction for wider non-compliance; it may rest only on the use of the video call service.
refusal-suspension-without-security-report = { $paragraph }: a suspension for security must give the reference of the security information report it rests on (DSO 11/2014).
refusal-suspension-without-safety-concern = { $paragraph }: a suspension for safety must cite a safety concern recorded about one of this detainee's calls: an incident report on the recipient's safety or the nature of the call, or a call terminated out of concern for the recipient.
refusal-suspension-reasons-missing = { $paragraph }: write down the reasons for the suspension; the detainee is told them in writing.
# $language (String) - a language's name
refusal-notice-language = { $paragraph }: the written notice must be in a language the detainee understands ({ $language } is not one of theirs). Give the notice in their language.
refusal-appeal-already-decided = { $paragraph }: that appeal has already been decided.
refusal-appeal-reasons-missing = { $paragraph }: an appeal gives the detainee's reasons in writing. Write them down.
refusal-authorisation-not-needed = { $paragraph }: authorisation is needed only for a suspension of more than a week, and only the Compliance Manager gives it.
# $what (String) - what was looked for, in English
refusal-not-found = { $paragraph }: { $what } was not found, or is already closed. Refresh and try again.
subject-booking = that booking
subject-call = that call
subject-booked-call = that booked call
subject-terminated-call = that terminated call
subject-incident-report = that incident report
subject-referral = that referral
subject-suspension = that suspension
subject-appeal = that appeal
subject-appeal-of-suspension = an appeal of that suspension
subject-legal-request = that request for legal advice
subject-policy-exception = that policy exception
subject-room = that room
subject-active-room = that room in use
subject-tablet-enrolment = that tablet's enrolment
subject-tablet-revocation = that tablet's revocation
subject-compact-translation = a complete translation of the compact
subject-waiting-place = that place on the waiting list
refusal-already-recorded = { $paragraph }: { $what } is already recorded, so nothing new was recorded. Refresh to see it.
refusal-not-suspended = { $paragraph }: the detainee is not suspended, so their legal call is booked as usual. Book it.
refusal-legal-alternative-not-arranged = { $paragraph }: no alternative to legal calls is arranged for this suspension yet. Ask a manager to arrange one first.
# $state (String) - where the call is, in English; $attempted (String) - the step tried, in English
refusal-out-of-order = { $paragraph }: this call is { $state }, so it cannot be { $attempted } now. Follow the steps in order.
# $field (String) - which field, in English; $max (Number) - its most characters
refusal-text-length = { $paragraph }: { $field } must be between 1 and { $max } characters. Fill it in or shorten it.
# $field (String) - which value; $limit (String) - the range it must lie in
refusal-out-of-range = { $paragraph }: { $field } is out of range ({ $limit }). Check the value, and the tablet's date and time.
field-time-recorded = The time it was recorded
field-clock-stamp = The event's clock stamp
field-event-size = The event's size
field-room-name = The room's name
field-reason = The reason
field-reasons = The reasons
field-decision-reasons = The reasons for the decision
field-control-measures = The control measures
field-interpreter-reference = The interpreter's reference
field-risk-assessment-reference = The risk assessment reference
field-security-report = The security information report reference
field-slot-start = The slot's start
field-day-waited-for = The day waited for
field-what-happened = What happened
field-outcome = The outcome
field-evidence = The evidence
field-suspension-end = The suspension's end
field-authorisation-end = The authorisation's end
field-review-notes = The review notes
field-what-was-arranged = What was arranged
field-compact-version = The compact version
field-language-tag = A language tag
field-languages = The languages
field-text-hash = The compact text's hash
field-signature-strokes = The signature's strokes
field-signature-points = The signature's points
field-signature-point = A signature point
field-signature-image = The signature's image
field-schedule-start = The date the schedule takes effect
field-call-points = The number of call points
field-opening-windows = The opening windows of a day
limit-dates = { $from } to { $to }
limit-bytes = at most { $max } bytes
limit-at-most = at most { $max }
limit-one-to = 1 to { $max }
limit-window = from { $earliest } to { $latest } by the centre's clock
limit-around-recording = within { $before } days before and { $after } days after it is recorded
limit-days-of-setting = within { $days } days of the day it is set
limit-pad-pixels = within { $max } pad pixels
limit-language-tag = 1 to 35 letters, digits and hyphens (BCP 47)
limit-sha256 = 64 hexadecimal digits (SHA-256)
# $detail (String) - what the storage said
record-storage-failed = The tablet could not save this ({ $detail }). Nothing was recorded: try again, and if it keeps failing use another tablet and tell the centre's IT support.
# $detail (String) - what the store said when it could not be read
store-unreadable = The tablet cannot read what it has stored ({ $detail }). Do not rely on what it shows: use another tablet and tell the centre's IT support.
# $name (String) - a room's name
refusal-room-name-taken = { $paragraph }: there is already an active room called "{ $name }". Give the new room another name, or retire the old one first.
# $capacity (Number) - the refused capacity; $max (Number) - the largest allowed
refusal-room-capacity = { $paragraph }: a room holds from 1 to { $max } calls at once, not { $capacity }. Choose a number in that range.
# $name (String) - a room's name
refusal-room-not-active = { $paragraph }: the room "{ $name }" is retired; no call can be put in it. Pick an active room.
# $name (String) - a room's name
refusal-room-full = { $paragraph }: the room "{ $name }" is full in that slot. Pick another room or slot.

# The call engine on the call screen (staff).
call-end-no-caller = Caller did not join — end the call
call-cannot-connect = The call's video cannot connect: there is no network to the centre server. The tablet keeps trying by itself until the slot's time is over. The steps are still recorded. If it does not connect, end the call as a technical failure: the detainee can book again at no cost.
call-tablet-refused = The centre server refused this tablet, so the call's video cannot connect. Ask an administrator to check the tablet's enrolment. The steps are still recorded; end the call as a technical failure: the detainee can book again at no cost.
call-not-on-server = The call's video cannot connect yet: the centre server does not have this call (booked on this tablet and not sent yet, or cancelled there). Tap "Sync now": the call connects by itself once the server has it. If it does not, end the call as a technical failure: the detainee can book again at no cost.
call-certificate-untrusted = The call's video cannot connect: the tablet does not trust the centre server's certificate. Ask an administrator. The steps are still recorded; end the call as a technical failure: the detainee can book again at no cost.
call-ends-soon = One minute left: the call ends when the slot ends.
call-recovered = The connection is back.
call-media-failed = The call's connection failed. It ends as a technical failure: the detainee can book again at no cost.
call-ended-slot = Call ended: the slot's time is over.
call-ended-failure = Call ended: the connection was lost and did not come back. It is logged as a technical failure: the detainee can book again at no cost.
call-ended-no-caller = Call ended: the caller did not join.
call-no-camera = This tablet has no working camera: the caller sees a test picture.
call-no-microphone = This tablet has no working microphone: the caller cannot hear the detainee.

## Read-aloud: the tablet cannot play sound (ReadFailure::NoSound), as opposed to no voice
compact-no-sound = This tablet cannot play sound. Read the rules on screen or use an interpreter, and tell staff so they can check the speaker or headphones.

## Tablet screens: one message per sentence, with its values as variables (never joined from pieces)
# $count (Number) - records not yet sent
sync-waiting-count = { $count ->
    [one] { $count } record waiting to send
   *[other] { $count } records waiting to send
}
# $time (String) - date and time, London
sync-last-at = Last sync { $time }
# $name (String) - the signed-in staff member's name
locked-lead-name = Locked after 3 minutes without use. Type the PIN of { $name }.
# $date (String) - today's date
today-title-date = Today — { $date }
# $time (String) - the slot's start
slot-label-at = Calls at { $time }
# $name (String) - the detainee's name
open-call-for = Open call: { $name }
# $caller (String) - who the caller is to the detainee
waiting-displaced-caller = { $caller } — moved to the waiting list for a legal call (DSO §9)
# $room (String) - a room number
room-number = Room { $room }
# $number (String) - Home Office or centre number; $room (String) - room number
detainee-ids = { $number } · Room { $room }
# $version (String) - compact version; $language (String) - language name
compact-signed-version = Signed: version { $version } — { $language }
# $version (String) - the version signed; $current (String) - the version to sign
compact-old-version-needs = Signed an older version, { $version }. Must sign version { $current } (DSO §10).
# $current (String) - the version to sign
compact-not-signed-version = Not signed. Must sign version { $current } (DSO §10).
# $reference (String) - the risk assessment's reference
risk-allows-reference = Done, allows video calls. Reference { $reference }
# $measure (String) - the control measure (e.g. MAPPA)
risk-needed-measure = Needed before any call: subject to { $measure } (DSO §14).
# $reason (String) - why access was suspended
suspended-because = Suspended — { $reason } (DSO §17)
# $until (String) - date and time
suspended-until-date = Until { $until }
suspended-until-further-notice = Until further notice
# $time (String) - when the decision is due
appeal-waiting-until = Appeal: waiting for a decision, due by { $time } (DSO §18)
appeal-was-dismissed = Appeal: dismissed (DSO §18)
appeal-none-lodged = Appeal: none lodged (DSO §18)
# $method (String) - the other way to reach legal advice
legal-access-by = Alternative legal access: { $method } (DSO §18)
legal-access-not-arranged = Alternative legal access: NOT ARRANGED — tell a manager (DSO §18)
# $language (String) - language name
notice-given-in-language = Written notice given in { $language }
# $language (String) - language name
compact-no-translation-in = { $language }: no translation of the compact. Use an interpreter and record their reference (DSO §15).
# $number (Number) - the sentence's place in the compact
replay-sentence-number = Read sentence { $number } again
# $reason (String) - why access was suspended
notice-reason-is = Reason: { $reason }.
# $language (String) - language name
notice-language-is = Give this notice in { $language }
# $reason (String) - how the call ended
call-phase-ended-because = Ended: { $reason }
# $reason (String) - why staff ended it
call-phase-terminated-because = Ended by staff: { $reason }
call-cancelled-by-centre = The centre cancelled this booking, so the call is over. Sync now to see why.
sync-parked-count = Refused by the centre server: { $count }. Tell the centre's IT support.
# $minutes (Number) - how far the tablet's clock is off the server's
sync-clock-off = This tablet's clock is { $minutes } minutes off the centre's. Kinline uses the centre's time; ask IT support to set the tablet's date and time.
call-title-name = Call: { $name }
caller-named = Caller: { $caller }
video-caller-named = Caller's video: { $caller }
call-minutes-left = { $minutes ->
    [one] { $minutes } minute left
   *[other] { $minutes } minutes left
}
compact-other-languages = Other languages
compact-other-languages-lead = Not in the detainee's profile. The detainee can read the compact in any of these; to sign in one, a manager first adds it to their profile (DSO §15). Otherwise use an interpreter.
# $reason (String) - the reason the DCO tapped to end the call
end-call-confirm-reason = End the call because of: { $reason }? It is referred to the security team.
end-call-confirm = Yes, end the call
end-call-go-back = No, go back to the call
# $time (String) - the slot's start, London; $kind (String) - social or legal call; $name (String) - the detainee
incident-about-call = About the call at { $time } — { $kind } — { $name }
# $begins (String) - the slot's start, London date and time; $ends (String) - its end, London time; $opens (String) - the earliest check-in, London time
refusal-outside-slot = { $paragraph }: this call's slot is { $begins } to { $ends }. It can be checked in from { $opens } and connected only within its slot. Come back at its time.
# $kind (String) - social or legal call; $begins (String) - the slot's start, London date and time; $ends (String) - its end, London time
call-slot-kind = { $kind }: { $begins } to { $ends }

## Booking a call with a detainee, cancelling one (DSO §7, §9)

book-call = Book a call
# $name (String) - the detainee
booking-title = Book a call for { $name }
booking-show-in = Show this screen in
booking-kind = Kind of call
booking-when = Day and time
booking-day = Day
booking-time = Free times
# $days (Number) - how many days ahead bookings can be made
booking-no-free-slots = There is no free time in the next { $days } days. Ask the centre manager about the waiting list.
booking-before-calling = Before this detainee can have a video call:
# $until (String) - when the suspension stops blocking access, London date and time
booking-suspended-until = Suspended until { $until } (DSO §17): no call, social or legal, can be booked until then.
booking-slot-displaces = Takes the place of a social call (DSO §9)
booking-caller = The caller
booking-caller-name = Caller's name
booking-relationship = Relationship to the detainee
booking-address-hint = Give an email address, a mobile number or both: the invitation is sent there.
booking-email = Email address
booking-mobile = Mobile number
booking-invitation-language = Language of the invitation
booking-confirm = Book the call
booking-back = Back without booking
booking-choose-slot = Choose a day and a free time first.
booking-next-free = The next free times:
# $day (String) - the London day; $time (String) - the slot's start, London time; $caller (String) - the caller's name and relationship
booking-done = Booked: { $day } { $time }, { $caller }. The invitation will be sent by the centre.
booking-done-displaced = A social call in that slot was moved to the waiting list (DSO §9); the centre will offer its caller another time.
# $max (Number) - the longest name kept
contact-error-name = Type the caller's name (at most { $max } characters).
# $max (Number) - the longest relationship kept
contact-error-relationship = Type how the caller is related to the detainee (at most { $max } characters).
contact-error-no-address = Give an email address or a mobile number: the invitation is sent there.
contact-error-email = Mail cannot be sent to this email address. Check it (for example name@example.org).
contact-error-mobile = A text cannot be sent to this mobile number. Type 7 to 15 digits with the country code, or a UK number starting with 0.
contact-error-language = Choose one of the languages of the caller's page.
cancel-call = Cancel
# $time (String) - the slot's start, London date and time
cancel-call-at = Cancel the call at { $time }
cancel-title = Cancel a call
# $time (String) - the slot's start, London date and time; $caller (String) - the caller's name and relationship
cancel-which = The call at { $time } with { $caller }.
cancel-reason = Why is it cancelled?
cancel-reason-caller = The caller asked
cancel-reason-detainee = The detainee asked
cancel-reason-technical = Technical failure
cancel-reason-other = Another reason
cancel-confirm = Cancel the call
cancel-and-rebook = Cancel and book again
cancel-keep = Keep the call
cancel-reason-needed = Tap the reason for cancelling first.
# $time (String) - the slot's start, London date and time
cancel-done = The call at { $time } is cancelled.
rebook-retype-address = Type the caller's email address or mobile number again, then book.
rebook = Book again at no cost
rebook-done = Booked again at no cost: { $day } { $time }, { $caller }. The centre will send a new invitation if it still holds the caller's details; the console's list of calls shows if it could not.
legal-request-button = Asks for a legal call: record the request (DSO §18)
legal-request-recorded = Request for legal advice recorded (DSO §18). Managers see it until it is met.
# $time (String) - when the detainee asked, London date and time
legal-request-open = Asked for legal advice at { $time }: not met yet.
legal-how-telephone = How: take them to a telephone in private, so they can call their legal adviser.
legal-how-legal-visit = How: ask the visits team to book a legal visit with their adviser, and tell them when it is.
legal-how-correspondence = How: let them email or fax their legal adviser, and send it the same day.
legal-how-other = How: as the manager arranged it, above.
legal-how-not-arranged = No alternative is arranged yet: tell a manager now. Managers see the request until it is met.
legal-request-met-button = Legal advice given this way: mark the request met
legal-request-met-recorded = Recorded: the request for legal advice is met.
