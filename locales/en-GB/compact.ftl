### Kinline — DSO 01/2020 Annex A: video calls compact
### language: en-GB (English (United Kingdom), English)
### version: annex-a-2020.1
### translator: Kinline team, from the DSO text
### reviewed: yes

compact-title = Video calls: compact
compact-intro = Before you can use video calls, you must understand the rules below and sign to confirm that you agree to them.

## Rules

rule-no-recording-log = No video or sound recordings are made of the video call, and we will only log the date, the time and the length of your call.
rule-privacy-supervision = Your privacy will be respected as far as possible during your call, but staff may watch video call sessions to supervise them.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = Sessions are available in slots of { $minutes } minutes.
rule-dress = Detainees and the other people on the video call are expected to be dressed appropriately, for example not in swimwear or underwear.
rule-terminate-breach = Supervising staff have the right to end the video call if the terms of use are broken or the security of the centre is put at risk.
rule-body-cameras = Supervising staff may use body-worn cameras to record any breach of the terms of use, by the detainee or by the other person on the video call.
rule-police-referral = Any evidence that a criminal offence has happened will be passed to the police.
rule-no-recording-publish = Video calls must not be recorded in any way, with sound or pictures, or published, which includes uploading them to a website such as YouTube; evidence of recording will result in the call being ended and the evidence being passed to the police.
rule-terminate-behaviour = A video call will be ended because of foul or abusive language, sexual behaviour, or any behaviour that supervising staff consider inappropriate.
rule-breach-ban = Breaking the terms of use may result in a ban from booking video call sessions in the future.

## Code of conduct

conduct-must-heading = You must:
must-respect = be aware of other users and respect them.
must-report-concerns = tell a member of staff about any concerns from the call.
must-cooperate = co-operate with the supervisor at all times and follow any instructions given.
must-report-breach = report any breach of this policy, by you or by others, to the centre supplier without delay.
conduct-must-not-heading = You must not:
must-not-unlawful = use the video call service to take part in any unlawful activity.
must-not-settings = set up or change any settings on the equipment.
must-not-offensive = share your screen or show any material that is unlawful or likely to offend others, including pornographic, racist or homophobic material.
must-not-record = record the call; any evidence that a video call is being recorded by someone else will result in the call being ended.

## Agreement

agreement-heading = Agreement
agreement-read = I have read and understand this policy on the use of video calls, and I agree to follow its terms and conditions.
agreement-suspension = I understand that any breach of this policy may result in me being suspended from using the video call service.
agreement-police = I also understand that any attempt to take part in unlawful activity will be reported to the police and may result in criminal prosecution.
