### Kinline — the tablet app and the caller's page: interface strings
### language: ta (Tamil, தமிழ்)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = தடுப்புக் காவலில் உள்ளவர்களுக்கான வீடியோ அழைப்புகள்
signin-title = உள்நுழைவு
signin-staff-number = பணியாளர் எண்
signin-pin = பின்
signin-button = உள்நுழைக
signin-offline-note = இந்த டேப்லெட்டில் முன்பு உள்நுழைந்திருந்தால் நெட்வொர்க் இல்லாமலும் உள்நுழையலாம்.
signin-error-unknown = இந்தப் பணியாளர் எண் இந்த டேப்லெட்டில் தெரியவில்லை. அதைச் சரிபாருங்கள், அல்லது டேப்லெட் புதுப்பிக்க நெட்வொர்க்குடன் இணையுங்கள்.
signin-error-pin = பின் சரியில்லை. மீண்டும் முயலுங்கள்.
signin-error-locked = பல தவறான பின்கள். உங்கள் கணக்கைத் திறக்க மேலாளரிடம் கேளுங்கள்.
signout-button = வெளியேறு
today-title = இன்றைய அழைப்புகள்
today-count = { $count ->
    [one] { $count } அழைப்பு பதிவு செய்யப்பட்டுள்ளது
   *[other] { $count } அழைப்புகள் பதிவு செய்யப்பட்டுள்ளன
}
today-empty = இன்றைக்கு எந்த அழைப்பும் பதிவு செய்யப்படவில்லை.
today-row = { $time } — { $name }
call-kind-social = சமூக அழைப்பு
call-kind-legal = சட்ட அழைப்பு
today-open-session = அமர்வைத் திற
today-new-booking = புதிய பதிவு
session-title = கைதியின் அமர்வு
session-for = { $name } அவர்களுக்கான அமர்வு
session-compact-needed = எந்த வீடியோ அழைப்புக்கும் முன் ஒப்பந்தத்தில் கையெழுத்திட வேண்டும்.
session-compact-signed = ஒப்பந்தத்தில் கையெழுத்திடப்பட்டது
session-suspended = இந்த நபருக்கு வீடியோ அழைப்புகள் இடைநிறுத்தப்பட்டுள்ளன.
session-start-call = அழைப்பைத் தொடங்கு
session-hand-back = டேப்லெட்டை அதிகாரியிடம் திருப்பிக் கொடுங்கள்
compact-screen-title = வீடியோ அழைப்புகள்: விதிகள்
compact-choose-language = விதிகளைப் படிக்கவும் கேட்கவும் விரும்பும் மொழியைத் தேர்ந்தெடுங்கள்
compact-read-aloud = உரக்கப் படி
compact-stop-reading = படிப்பதை நிறுத்து
compact-reading = உரக்கப் படிக்கப்படுகிறது…
compact-no-voice = இந்த டேப்லெட்டில் இந்த மொழிக்குக் குரல் இல்லை. விதிகளை விளக்க மொழிபெயர்ப்பாளரின் உதவியைப் பெறுங்கள்.
compact-not-offered = விதிகள் இந்த மொழியில் கிடைக்கவில்லை. அவற்றை விளக்க மொழிபெயர்ப்பாளரின் உதவியைப் பெறுங்கள்.
compact-not-reviewed = இந்த மொழிபெயர்ப்பை தகுதியான மொழிபெயர்ப்பாளர் சரிபார்க்கவில்லை.
compact-not-reviewed-dco = இந்த மொழிபெயர்ப்பு மதிப்பாய்வு செய்யப்படவில்லை. கைதி இதைப் புரிந்துகொண்டாரா என உறுதிசெய்து, எப்படி என்று பதிவு செய்யுங்கள்.
compact-confirm-how = புரிதல் எப்படி உறுதிசெய்யப்பட்டது?
compact-confirm-read = அவர் நன்றாகப் படிக்கும் மொழியில் திரையில் படித்தார்
compact-confirm-audio = அவர் இறுதிவரை உரக்கப் படித்ததைக் கேட்டார்
compact-confirm-interpreter = மொழிபெயர்ப்பாளர் விளக்கினார்
compact-interpreter-reference = மொழிபெயர்ப்பாளரின் பதிவு அல்லது அடையாள அட்டை எண்
compact-understood = நான் விதிகளைப் புரிந்துகொண்டேன்
compact-ask-question = எனக்கு ஒரு கேள்வி உள்ளது
compact-version = பதிப்பு { $version }
signature-title = இங்கே கையெழுத்திடுங்கள்
signature-instructions = பெட்டிக்குள் விரலால் கையெழுத்திடுங்கள்.
signature-clear = அழி
signature-confirm = கையெழுத்தை உறுதிசெய்
signature-witness = அதிகாரி: கைதி கையெழுத்திடுவதைப் பார்த்தீர்கள் என உறுதிசெய்யுங்கள்.
signature-witness-button = இந்தக் கையெழுத்திற்கு நான் சாட்சி
signature-saved = கையெழுத்து சேமிக்கப்பட்டது.
call-title = வீடியோ அழைப்பு
call-waiting = அழைப்பவர் இணைவதற்காகக் காத்திருக்கிறது…
call-caller-joined = அழைப்பவர் இணைந்தார்.
call-check-adult = அனுமதிக்கும் முன், அழைக்கப்பட்டவர் வயது வந்தவர் என்பதைச் சரிபாருங்கள்.
call-admit = அழைப்பவரை அனுமதி
call-refuse-not-adult = வயது வந்தவர் அல்ல — அனுமதிக்க வேண்டாம்
call-mute = ஒலியை அணை
call-unmute = ஒலியை இயக்கு
call-camera-off = கேமராவை அணை
call-camera-on = கேமராவை இயக்கு
call-end = அழைப்பை முடி
call-time-left = { $minutes ->
    [one] { $minutes } நிமிடம் உள்ளது
   *[other] { $minutes } நிமிடங்கள் உள்ளன
}
call-reconnecting = இணைப்பு துண்டிக்கப்பட்டது. மீண்டும் இணைக்கிறது…
call-legal-unsupervised = சட்ட அழைப்பு: பார்வைக் கண்காணிப்பு இல்லை.
end-title = அழைப்பை முடி
end-choose-reason = அழைப்பு ஏன் முடிக்கப்படுகிறது?
end-reason-recording = அழைப்பைப் பதிவுசெய்தல் அல்லது வெளியிடுதல்
end-reason-inappropriate-dress = பொருத்தமற்ற உடை
end-reason-abusive-language = ஆபாசமான அல்லது அவமதிக்கும் பேச்சு
end-reason-sexualised-behaviour = பாலியல் நடத்தை
end-reason-inappropriate-behaviour = வேறு பொருத்தமற்ற நடத்தை
end-reason-offensive-material = சட்டவிரோத அல்லது புண்படுத்தும் பொருளைக் காட்டுதல்
end-reason-unlawful-activity = சட்டவிரோதச் செயல்
end-reason-security-risk = மையத்தின் பாதுகாப்புக்கு ஆபத்து
end-reason-concern-for-recipient = அழைப்பு அல்லது அழைப்பவரின் பாதுகாப்பு குறித்த கவலை
end-confirm = இப்போதே அழைப்பை முடி
end-referral-note = ஒரு அறிக்கை பாதுகாப்புத் துறைக்குச் செல்லும்.
incident-title = சம்பவ அறிக்கை
incident-what-happened = என்ன நடந்தது
incident-when = எப்போது
incident-who-involved = யார் சம்பந்தப்பட்டனர்
incident-submit = அறிக்கையைச் சமர்ப்பி
incident-saved = அறிக்கை சேமிக்கப்பட்டது. டேப்லெட் இணையத்தில் இணையும்போது அனுப்பப்படும்.
suspension-title = அறிவிப்பு: வீடியோ அழைப்புகள் இடைநிறுத்தம்
suspension-body = { $name }, வீடியோ அழைப்புகளுக்கான உங்கள் அணுகல் { $from } முதல் { $until } வரை இடைநிறுத்தப்பட்டுள்ளது.
suspension-reasons = காரணங்கள்: { $reasons }.
suspension-reason-security = மையத்தின் பாதுகாப்புக்காக
suspension-reason-safety = ஒருவரின் பாதுகாப்புக்காக
suspension-reason-breach = வீடியோ அழைப்பு விதிகளை மீறியது
suspension-appeal = இந்த முடிவுக்கு எதிராக மேல்முறையீடு செய்யலாம். உங்கள் மேல்முறையீடு { $hours } மணி நேரத்திற்குள் முடிவு செய்யப்படும்.
suspension-legal-access = நீங்கள் இன்னும் வேறு வழிகளில் உங்கள் சட்ட ஆலோசகரைத் தொடர்புகொள்ளலாம்.
suspension-review = இந்த இடைநிறுத்தம் { $date } அன்று மறுபரிசீலனை செய்யப்படும்.
language-title = மொழி
language-choose = ஒரு மொழியைத் தேர்ந்தெடுங்கள்
language-option = { $native } — { $english }
sync-online = இணைப்பில்
sync-offline = இணைப்பில் இல்லை — உங்கள் வேலை இந்த டேப்லெட்டில் சேமிக்கப்பட்டுள்ளது
sync-pending = { $count ->
    [one] { $count } பதிவு அனுப்பக் காத்திருக்கிறது
   *[other] { $count } பதிவுகள் அனுப்பக் காத்திருக்கின்றன
}
sync-last = கடைசியாக { $time } மணிக்கு அனுப்பப்பட்டது
sync-now = இப்போது அனுப்பு
sync-failed = மையத்தின் சேவையகத்தை அடைய முடியவில்லை. உங்கள் வேலை பாதுகாப்பாக உள்ளது; பின்னர் அனுப்பப்படும்.
error-network = நெட்வொர்க் இல்லை. உங்கள் வேலை சேமிக்கப்பட்டுள்ளது, பின்னர் அனுப்பப்படும்.
error-camera = கேமரா வேலை செய்யவில்லை. வேறு செயலி அதைப் பயன்படுத்தவில்லை எனச் சரிபாருங்கள்.
error-microphone = மைக்ரோஃபோன் வேலை செய்யவில்லை. அது ஒலியடக்கப்படவில்லை எனச் சரிபாருங்கள்.
error-storage = டேப்லெட் கிட்டத்தட்ட நிரம்பிவிட்டது. மேலாளரிடம் சொல்லுங்கள்.
error-try-again = ஏதோ தவறு நடந்தது. மீண்டும் முயலுங்கள்.
caller-title = வீடியோ அழைப்பில் இணையுங்கள்
caller-code = இணைப்புக் குறியீடு
caller-code-help = அழைப்பு பதிவு செய்யப்பட்டபோது உங்களுக்குக் கொடுக்கப்பட்ட குறியீட்டைத் தட்டச்சு செய்யுங்கள்.
caller-join = இணை
caller-code-wrong = இந்தக் குறியீடு சரியில்லை, அல்லது அழைப்பு இன்னும் தொடங்கவில்லை. குறியீட்டையும் நேரத்தையும் சரிபாருங்கள்.
caller-camera-preview = உங்கள் கேமரா
caller-allow-camera = உங்கள் கேமராவையும் மைக்ரோஃபோனையும் பயன்படுத்த இந்தப் பக்கத்தை அனுமதியுங்கள்.
caller-adult-notice = உங்களை உள்ளே அனுமதிக்கும் முன் நீங்கள் வயது வந்தவர் என அதிகாரி சரிபார்ப்பார்.
caller-waiting = அதிகாரியின் அனுமதிக்காகக் காத்திருக்கிறது…
caller-recording-forbidden = இந்த அழைப்பை எந்த வகையிலும் பதிவு செய்ய வேண்டாம்.
caller-call-ended = அழைப்பு முடிந்தது.
caller-ended-by-officer = அதிகாரி அழைப்பை முடித்தார்.
caller-leave = அழைப்பிலிருந்து வெளியேறு
