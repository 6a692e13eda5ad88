### Kinline — the staff console: interface strings
### language: en-GB (English (United Kingdom), English)
### translator: Kinline team
### reviewed: yes
# The staff console is read by UK staff in English. The written notice a detainee receives is
# not here: it comes from the suspension-* messages of kinline.ftl, in the detainee's language.
# Every id is used by server/src/console or console/src (ct / ct_args), and every ct id is here: a test checks both.

## Screens, as in the navigation

screen-sign-in = Sign in
screen-nothing-for-this-role = Staff console
screen-suspensions = Suspensions
screen-suspend = Suspend access
screen-deadlines = Appeals and deadlines
screen-compliance = Suspensions to oversee
screen-reviews = Weekly reviews
screen-exceptions = Policy exceptions
screen-referrals = Security referrals
screen-schedule = Opening hours
screen-staff = Staff accounts
screen-tablets = Tablets
screen-reports = Reports
screen-book = Book a call
screen-adviser = Legal adviser's request

## Header and sign-in

console-nav-label = Console
console-sign-out = Sign out
console-title = Kinline staff console
sign-in-secret = PIN or password
sign-in-button = Sign in

## Administrator: opening hours (§7, Annex A)

schedule-lead = The service must be open at least 7 hours every day (§7); slots last 30 to 60 minutes.
schedule-opens = Opens (HH:MM)
schedule-closes = Closes (HH:MM)
schedule-slot = Slot length (minutes)
schedule-points = Calls at once (tablets or rooms)
schedule-from = From (YYYY-MM-DD; empty for today)
schedule-save = Save opening hours

## Administrator: staff accounts

staff-name-field = Name
staff-role = Role
staff-secret = PIN or password
staff-may-sign-in = May sign in
staff-save = Save the account
staff-list = Staff accounts
staff-col-name = Name
staff-col-number = Staff number
staff-col-role = Role
staff-col-sign-in = Sign-in
staff-allowed = allowed
staff-disabled = disabled

## Administrator: tablets

tablets-enrol = Enrol a tablet
tablets-label-field = Label for the tablet (e.g. Wing A tablet 1)
tablets-new-code = New enrolment code
tablets-code = Code: { $code } — expires { $expires }.
tablets-list = Enrolled tablets
tablets-none = No tablet is enrolled yet.
tablets-col-label = Label
tablets-col-enrolled = Enrolled
tablets-col-status = Status
tablets-revoked = revoked
tablets-in-use = in use
tablets-revoke = Revoke
tablets-revoke-label = Revoke { $device }
tablets-reason-field = Why revoke (optional; recorded with the revocation in the centre's log)
tablets-code-made = New enrolment code: type it on the tablet before it expires.
tablets-revoked-done = Tablet revoked: it can no longer sync.

## Call kinds (§9)

calls-legal = Legal
calls-social = Social

## Every screen

screen-forbidden = A { $role } cannot open { $screen }.
nothing-for-role = The staff console is for managers, the Compliance Manager, security and administrators. Detainee Custody Officers use the tablet.

## Suspensions (§17, §18)

reason-security = For the security of the centre
reason-safety = For someone's safety
reason-breach = A breach of the video call rules (needs evidence)
duty-written-notice = Give the written notice (§17)
duty-notify-compliance = Notify the Compliance Manager (§18)
duty-legal-access = Arrange alternative legal access (§18)
duty-authorisation = Authorisation beyond one week (§18)
duty-weekly-review = Weekly review (§18)
duty-appeal-decision = Decide the appeal (§18)
countdown-left = { $time } left
countdown-overdue = overdue by { $time }
suspensions-new = Suspend a detainee's access
suspensions-none = No suspensions.
detainee-name-reference = { $name } ({ $reference })
suspension-in-force = In force: video calls refused.
suspension-not-in-force = Not in force.
suspension-notice-given = Written notice given in { $language }.
suspension-notice-not-given = Written notice not given yet.
suspension-notified = Compliance Manager notified { $at }.
suspension-not-notified = Compliance Manager not notified yet.
suspension-legal = Alternative legal access: { $method }.
suspension-no-legal = No alternative legal access arranged yet.
suspension-actions = Actions
suspension-written-notice = Written notice
suspension-notify = Notify the Compliance Manager
suspension-lift = Lift the suspension
legal-group = Alternative legal access
legal-telephone-button = Legal calls by telephone
legal-visits-button = Legal visits
legal-email-button = Email or fax
legal-other-field = Other arrangement
legal-telephone = telephone
legal-visits = legal visits
legal-email = email or fax

## Suspend (§17)

suspend-lead = Only for reasons to do with video calls (DSO §17). The detainee keeps legal advice by other means.
suspend-detainee = Detainee
suspend-reason = Reason (§17)
suspend-evidence = Evidence from video calls
suspend-no-evidence = No incident report about, or termination of, a call of this detainee.
suspend-evidence-safety = Safety concerns recorded about this detainee's calls (§17)
suspend-no-safety-concern = No safety concern recorded about a call of this detainee: no incident report on the recipient's safety or the nature of a call, and no call terminated out of concern for the recipient.
suspend-evidence-security = Evidence from video calls (optional beside the security report)
suspend-security-report = Security information report reference (DSO 11/2014)
suspend-not-a-sanction = I confirm this suspension is not a sanction for wider non-compliance; it rests on the use of video calls (§17).
evidence-incident = Incident report { $id }
evidence-terminated = Terminated call { $id }
suspend-words = The reasons in words (they are printed on the notice)
suspend-until = Planned end (YYYY-MM-DD HH:MM, London; past one week needs the Compliance Manager's authorisation)
suspend-button = Suspend access

## The written notice (the page itself is in the detainee's language, from kinline.ftl)

notice-language = Language of the notice
notice-record-given = Record that the notice was given

## Appeals and deadlines (§18)

deadlines-lead = Appeals are decided within 48 hours, or 12 hours when removal directions are imminent (§18). Overdue duties are on top.
deadlines-none = Nothing is due.
appeal-decide = Decide the appeal
appeal-reasons = Reasons for the decision
appeal-uphold = Uphold: lift the suspension
appeal-dismiss = Dismiss: the suspension continues

## Compliance Manager (§18)

compliance-lead = Every suspension with its notification. A suspension past one week needs your authorisation, or it cannot continue (§18).
oversight-first-week = Within its first week.
oversight-awaiting = Heading past one week: waiting for your authorisation, due { $due }.
oversight-lapsed = Not authorised by { $due }: the suspension cannot continue and video calls are allowed again.
oversight-authorised = Authorised until { $until }.
oversight-over = Over.
compliance-decided = Decided { $at }.
compliance-notified = You were notified { $at }.
compliance-not-notified = You have not been notified yet (§18).
# $reference (String) - the security information report's reference
compliance-basis-report = Security information report { $reference }.
compliance-basis-no-report = No security information report.
# $evidence (String) - the incident reports and terminated calls cited, listed
compliance-basis-evidence = Evidence: { $evidence }.
compliance-basis-no-evidence = No call evidence cited.
compliance-basis-statement = The manager stated it is not a sanction for wider non-compliance.
compliance-basis-no-statement = Recorded before the manager was asked to state it is not a sanction.
# $id (String) - the appeal, shortened; $due (String) - its deadline, London; $at (String) - when it was decided, London
compliance-appeal-late = Appeal { $id } was decided late: due { $due }, decided { $at }.
authorise-group = Authorise
authorise-until = Authorised until (YYYY-MM-DD HH:MM, London)
authorise-button = Authorise
reviews-none = No reviews due.
review-authorisation = Authorisation beyond one week
review-weekly = Weekly review
review-missed = Missed
review-notes = Review notes
review-continues = Record: continues
review-lift = Record: lift it
review-authorise-elsewhere = Authorise on Suspensions to oversee
exceptions-lead = Events a tablet recorded while it was offline on out-of-date information. Review each one.
exceptions-none = No policy exceptions.
exception-by = Recorded by a { $role }; event { $id }.
exception-reviewed = Reviewed.
exception-notes = Notes
exception-record = Record as reviewed

## Security (§12, §19)

referrals-lead = Every call terminated by staff (§12) and every DCO incident report (§19).
referrals-none = The queue is empty.
referral-termination = Call terminated
referral-incident = Incident report
referral-open = Open
referral-investigating = Investigating
referral-closed = Closed: { $outcome }
referral-update = Update
referral-investigate = Start investigating
referral-outcome = Outcome
referral-close = Close with this outcome

## Reports (the CSV columns stay machine names)

reports-lead = The last 14 days, { $from } to { $to } (London).
reports-download = Download CSV
report-availability = Hours the service was available each day, against the 7-hour minimum (§7)
report-unit-hours = h
report-unit-calls = calls
report-hours-open = hours open
report-minimum = 7-hour minimum
report-calls = Calls per day by kind and outcome
report-social = social
report-legal = legal
report-terminated = terminated
report-technical-failure = technical failure
report-did-not-happen = did not happen
report-waiting = Waiting from booking to call: legal against social (§9)
report-median = median
report-p90 = 90th percentile
report-mark-notified = Compliance Manager notified
report-mark-review = latest review
report-mark-appeal = appeal lodged
report-suspensions = Suspensions with their timelines (§17, §18)
report-terminations = Calls terminated and incidents reported per day (§12, §19)
report-terminations-series = terminations
report-incidents-series = incident reports

## Notices after a click

console-signed-out = Signed out.
console-sign-in-first = Sign in first.
legal-other-missing = Describe the other arrangement first.
authorise-date-bad = Type the date the authorisation runs to, as YYYY-MM-DD HH:MM (London time).
review-notes-missing = Write the review's notes first.
referral-outcome-missing = Write the outcome before closing the referral.
suspend-choose-detainee = Choose the detainee first.
suspend-choose-reason = Choose the reason: security, safety, or a breach of the video call rules (§17).
suspend-until-bad = Type the planned end as YYYY-MM-DD HH:MM (London time), or leave it empty.
schedule-times-bad = Type opening and closing times as HH:MM.
schedule-slot-bad = Type the slot length in minutes (30 to 60).
schedule-points-bad = Type how many calls can run at once.
schedule-from-bad = Type the first day as YYYY-MM-DD.
staff-choose-role = Choose the account's role.
notice-given-done = Recorded: the written notice was given.
notified-done = Recorded: the Compliance Manager was notified.
lifted-done = Suspension lifted: video calls are allowed again once the tablets sync.
legal-done = Recorded: alternative legal access arranged.
authorised-done = Recorded: the suspension is authorised beyond one week.
review-done = Recorded: weekly review.
exception-done = Recorded: policy exception reviewed.
referral-done = Referral updated.
suspended-done = Access suspended. Give the written notice now, then notify the Compliance Manager.
schedule-done = Opening hours saved: tablets use them after their next sync.
appeal-reasons-missing = Write the reasons for the decision first: the detainee is told them.
appeal-upheld = Appeal upheld: the suspension is lifted.
appeal-dismissed = Appeal dismissed: the suspension continues.

## The console in the browser (server/src/console)
web-skip = Skip to the main content
web-signed-in-as = Signed in: { $name } ({ $role })
web-staff-number = Staff number
web-sign-in-missing = Type your staff number and your PIN or password.
web-idle-ended = Your session ended after a while unused. Sign in again to carry on.
web-csrf-title = This form has expired
web-csrf = This form came from an older page or another site. Go back, reload the page and try again.
web-not-found = There is nothing at this address: it may have been mistyped or removed. Use the menu to find it.
web-back-to = Back to
web-go-back = Go back and correct the form
web-choose = Choose…
web-continue = Continue
web-suspend-step-one = Who and why
web-detainee-unknown = Detainee not on the roster (…{ $id })
web-col-decided = Decided
web-col-until = Planned end
web-col-standing = Where it stands
web-col-duty = Duty
web-col-due = Due
web-col-left = Time left
web-col-what = What
web-col-referred = Referred
web-due = Due { $due }.
web-appeals = Appeals
web-appeal-link = Appeal …{ $id }
web-appeal-title = Appeal by { $detainee }
web-appeal-reasons = The detainee's reasons
web-suspension-link = the suspension
web-notice-open = Open the notice to print
web-legal-method = Arrangement
web-legal-other = Other arrangement, described (only for "Other arrangement")
web-legal-record = Record the arrangement
web-locked = locked after wrong PINs: set a new PIN to unlock
web-staff-form = Add or change an account
web-staff-saved = Account saved.
web-reason-optional = Why (optional)
web-officer = Reporting officer
web-officer-unknown = a tablet
web-category = Category
web-account = The officer's account
web-the-call = The call
web-call-unknown = The call is not in the centre's records yet.
web-call-slot = Slot
web-call-kind = Kind
web-call-duration = Duration
web-call-outcome = Outcome
web-call-not-over = not over yet
web-minutes = { $minutes } minutes
web-outcome-completed = completed
web-outcome-slot-ended = ended with its slot
web-outcome-no-caller = the caller did not join
web-outcome-not-adult = ended: the recipient was not an adult
web-outcome-terminated = terminated by staff: { $reason }
web-outcome-cancelled = cancelled
web-category-recipient-safety = the safety of the person called
web-category-nature-of-call = the nature of the call
web-category-recording = recording the call
web-category-breach = a breach of the terms of use
web-category-security = a security risk
web-category-other = something else
web-reviews = Security's review so far
web-legal-requests = Legal calls asked for while suspended (§18): arrange or meet them
web-legal-requested = asked { $at }.
web-legal-none-yet = No alternative arranged yet: arrange one on the suspension's page.
web-room-added = Room added. New bookings go to it while it has a place.

## Rooms (server/src/console/rooms.rs)
rooms-add = Add the room
rooms-capacity-field = Calls at once (1 to 50)
rooms-col-capacity = Calls at once
rooms-col-room = Room
rooms-col-status = Status
rooms-lead = The rooms calls take place in. A new booking goes to the first active room with a place; a retired room takes no new call, and calls already in it keep it.
rooms-name-field = Room name
rooms-none = No rooms yet: calls use the centre's call points.
rooms-retire = Retire
rooms-retire-label = Retire { $room }
screen-rooms = Rooms
rooms-active = active
rooms-capacity-missing = Type how many calls can run in the room at once (1 to 50).
rooms-name-missing = Type the room's name (e.g. Visits room 2).
rooms-retired = retired
rooms-retired-done = Room retired: no new call goes in it; calls already there keep it.

## Compact versions (server/src/console/compact.rs)
screen-compact = Compact versions
compact-lead = Publishing a new version means every detainee signs it again before their next call (§10).
compact-version-field = New version id
compact-publish = Publish
compact-version-missing = Type the new version's id (e.g. 2026-12).
web-compact-current = In force: version { $version }, in { $count } languages.
web-compact-published = Compact version published: every detainee signs it again before their next call.

## Calls (server/src/console/calls.rs)
screen-calls = Calls and rooms
calls-lead = The day's calls, legal calls first in each slot (§9), and the room each is in. A call with no room uses one of the centre's call points.
calls-date-field = Date (YYYY-MM-DD, London)
calls-show = Show
calls-none = No calls booked that day.
calls-col-time = Time
calls-col-call = Call
calls-col-detainee = Detainee
calls-col-state = Where it stands
calls-col-room = Room
calls-col-move = Move to
calls-call-point = a call point
calls-move-label = Move the call at { $time } to { $room }
calls-date-bad = Type the date as YYYY-MM-DD (London), e.g. 2026-12-01.
calls-message-failed = The { $notice } by { $channel } did not reach the caller ({ $why }). Tell them another way.
calls-notice-invitation = invitation
calls-notice-reminder = reminder
calls-notice-cancellation = cancellation notice
calls-notice-displacement = notice that a legal call took the slot
calls-channel-email = email
calls-channel-sms = text message
web-call-moved = The call is in the room chosen now.

## Booking (§9): on a detainee's behalf, legal advisers' requests, cancelling, the waiting list

book-lead = Book a video call on a detainee's behalf. The caller receives the invitation, with the link and code, by email or text message in the language chosen.
adviser-lead = A legal adviser asks for a legal call with a detainee. A legal call can take a slot held by a social call (§9): that caller is told and offered the next free slot.
book-step-one = Who, and which kind of call
book-search = Find a detainee: name, Home Office reference or room
book-find = Find
book-found = { $name } ({ $reference }, { $room })
book-nobody-found = Nobody on the roster matches. Try part of the name, the reference or the room.
book-kind = Kind of call
book-show-slots = Show free slots
book-before = Before the call can happen
book-suspended = Access is suspended until { $until }: no call can be booked until then (§17).
book-full-title = That slot is full
book-full = Every place at { $slot } is taken. Pick one of the next free slots below, or put the detainee on the waiting list for that day.
book-next-free = The next free slots:
book-join-waiting = Put on the waiting list for { $day }
book-step-two = The slot and the caller ({ $kind } call)
book-slot = Free slot (the next { $days } days, London time)
book-no-slots = No free slot in the next { $days } days.
book-displaces = takes the place of a social call
book-caller = The caller
adviser-caller = The legal adviser
book-name = Caller's name
adviser-name = Legal adviser's name
book-relationship = Relationship to the detainee
adviser-firm = Firm or organisation
book-email = Email address
book-mobile = Mobile number
book-address-hint = Give an email address, a mobile number, or both: the invitation is sent there. A UK mobile may start with 07.
book-language = Language of the invitation and the caller's page
book-button = Book the call
adviser-button = Book the legal call
book-done = The call is booked. The caller's invitation is on its way.
book-choose-detainee = Choose the detainee.
book-choose-kind = Choose social or legal.
book-choose-slot = Choose one of the free slots.
book-caller-name-bad = Type the caller's name (at most 80 characters).
book-relationship-bad = Type how the caller is related to the detainee, or the adviser's firm (at most 60 characters).
book-no-address = Give an email address or a mobile number: the invitation is sent there.
book-email-bad = The email address is not one mail can be sent to: check it (name@example.org).
book-mobile-bad = The mobile number is not one a text can be sent to: 7 to 15 digits, with the country code or a leading 0 for the UK.
book-language-bad = Choose one of the languages the caller's page is in.
booking-title = { $kind } call, { $slot }
booking-caller = Caller
booking-caller-label = { $name } ({ $relationship })
booking-caller-email = Email: { $email }
booking-caller-mobile = Mobile: { $mobile }
booking-caller-none = No contact held (booked on a tablet before contacts were kept, or erased after the slot).
booking-messages = Messages to the caller
booking-message = { $notice } by { $channel }: { $state }
booking-back = Back to the day's calls
cancel-reason = Why is the call at { $time } cancelled?
cancel-caller = The caller asked
cancel-detainee = The detainee asked
cancel-technical = A technical failure
cancel-other = Another reason
cancel-button = Cancel the call
cancel-rebook = Cancel and book again
cancel-choose-reason = Choose why the call is cancelled.
cancel-done = The call is cancelled. The caller is told.
calls-book = Book a call
calls-col-booking = Booking
calls-open = Open the call at { $time }
waiting-title = Waiting list
waiting-entry = { $detainee }, { $kind } call
waiting-wanted = (wanted { $time })
waiting-offer = A place is free at { $time }.
waiting-book = Book { $time }
waiting-leave = Take { $detainee } off the list
waiting-done = Put on the waiting list. When a place frees that day, the day's calls show it here first.
waiting-left = Taken off the waiting list.
waiting-day-bad = Type the day as YYYY-MM-DD (London).
