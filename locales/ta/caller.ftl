### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: ta (Tamil, தமிழ்)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = வீடியோ அழைப்பு
join-legal = இது ஒரு சட்ட அழைப்பு: பணியாளர்கள் இதைப் பார்ப்பதில்லை.
join-starting = உங்கள் கேமரா இயக்கப்படுகிறது…
join-no-camera = உங்கள் கேமரா அல்லது மைக்ரோஃபோனை இயக்க முடியவில்லை. அனுமதி அளித்து இந்தப் பக்கத்தை மீண்டும் ஏற்றவும்.
join-waiting = தயவுசெய்து காத்திருக்கவும்: ஒரு அதிகாரி விரைவில் உங்களைச் சரிபார்த்து உள்ளே அனுமதிப்பார்.
join-connecting = இணைக்கப்படுகிறது…
join-in-call = நீங்கள் இணைக்கப்பட்டுள்ளீர்கள்.
join-warning = அழைப்பு ஒரு நிமிடத்தில் முடிவடையும்.
join-reconnecting = இணைப்பு துண்டிக்கப்பட்டது. மீண்டும் இணைக்கப்படுகிறது…
join-peer-left = மறுபக்கத்தின் இணைப்பு துண்டிக்கப்பட்டது. காத்திருக்கிறது…
join-ended-completed = அழைப்பு முடிந்தது.
join-ended-slot-ended = அழைப்பு முடிந்தது: நேரம் முடிந்துவிட்டது.
join-ended-terminated = அதிகாரி அழைப்பை முடித்துவிட்டார்.
join-ended-technical-failure = இணைப்பு தோல்வியடைந்ததால் அழைப்பு முடிந்தது. இதைக் கட்டணமின்றி மீண்டும் முன்பதிவு செய்யலாம்.
join-ended-not-admitted = அழைப்பு நடைபெறவில்லை.
join-unknown = இந்த இணைப்பு செல்லாது அல்லது அழைப்பு முடிந்துவிட்டது.
join-hang-up = அழைப்பைத் துண்டிக்கவும்
join-no-record = இந்த அழைப்பைப் பதிவு செய்ய வேண்டாம். மையம் அதன் தேதி, நேரம், கால அளவை மட்டுமே வைத்திருக்கும்.
join-language = மொழி
refused-unknown = இந்த இணைப்பு செல்லாது. உங்களுக்கு அனுப்பப்பட்ட இணைப்பைச் சரிபார்க்கவும்.
refused-cancelled = இந்த அழைப்பு ரத்து செய்யப்பட்டது.
refused-over = இந்த அழைப்பு ஏற்கனவே நடந்துவிட்டது.
refused-past = இந்த அழைப்புக்கான நேரம் கடந்துவிட்டது.
