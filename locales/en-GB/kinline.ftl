### Kinline — the tablet app and the caller's page: interface strings
### language: en-GB (English (United Kingdom), English)
### translator: Kinline team
### reviewed: yes

## App

app-name = Kinline
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

today-title = Today's calls
# $count (Number) - number of calls booked today
today-count = { $count ->
    [one] { $count } call booked
   *[other] { $count } calls booked
}
today-empty = No calls are booked for today.
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

signature-title = Sign here
signature-instructions = Sign with your finger inside the box.
signature-clear = Clear
signature-confirm = Confirm signature
signature-witness = Officer: confirm that you saw the detainee sign.
signature-witness-button = I witnessed this signature
signature-saved = Signature saved.

## Call screen

call-title = Video call
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

incident-title = Incident report
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
sync-offline = Offline — your work is saved on this tablet
# $count (Number) - records waiting to be sent
sync-pending = { $count ->
    [one] { $count } record waiting to be sent
   *[other] { $count } records waiting to be sent
}
# $time (String) - time of last sync
sync-last = Last sent at { $time }
sync-now = Send now
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
