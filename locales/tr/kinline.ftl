### Kinline — the tablet app and the caller's page: interface strings
### language: tr (Turkish, Türkçe)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = Gözaltındaki kişiler için görüntülü görüşmeler
signin-title = Giriş
signin-staff-number = Personel numarası
signin-pin = PIN
signin-button = Giriş yap
signin-offline-note = Bu tablette daha önce giriş yaptıysanız ağ olmadan giriş yapabilirsiniz.
signin-error-unknown = Bu personel numarası bu tablette tanınmıyor. Kontrol edin veya tabletin güncellenmesi için ağa bağlanın.
signin-error-pin = PIN doğru değil. Tekrar deneyin.
signin-error-locked = Çok fazla yanlış PIN. Hesabınızın kilidini açması için bir yöneticiye başvurun.
signout-button = Çıkış yap
today-title = Bugünkü görüşmeler
today-count = { $count ->
    [one] { $count } görüşme ayrıldı
   *[other] { $count } görüşme ayrıldı
}
today-empty = Bugün için ayrılmış görüşme yok.
today-row = { $time } — { $name }
call-kind-social = Sosyal görüşme
call-kind-legal = Hukuki görüşme
today-open-session = Oturumu aç
today-new-booking = Yeni rezervasyon
session-title = Gözaltındaki kişinin oturumu
session-for = { $name } için oturum
session-compact-needed = Her görüntülü görüşmeden önce sözleşme imzalanmalıdır.
session-compact-signed = Sözleşme imzalandı
session-suspended = Bu kişinin görüntülü görüşmeleri askıya alındı.
session-start-call = Görüşmeyi başlat
session-hand-back = Tableti memura geri verin
compact-screen-title = Görüntülü görüşmeler: kurallar
compact-choose-language = Kuralları okumak ve dinlemek istediğiniz dili seçin
compact-read-aloud = Sesli oku
compact-stop-reading = Okumayı durdur
compact-reading = Sesli okunuyor…
compact-no-voice = Bu tablette bu dil için ses yok. Kuralları açıklamak için bir tercüman kullanın.
compact-not-offered = Kurallar bu dilde mevcut değil. Açıklamak için bir tercüman kullanın.
compact-not-reviewed = Bu çeviri nitelikli bir çevirmen tarafından kontrol edilmedi.
compact-not-reviewed-dco = Bu çeviri gözden geçirilmedi. Gözaltındaki kişinin anladığını doğrulayın ve nasıl doğruladığınızı kaydedin.
compact-confirm-how = Anlaşıldığı nasıl doğrulandı?
compact-confirm-read = İyi okuduğu bir dilde ekranda okudu
compact-confirm-audio = Sonuna kadar sesli okunuşunu dinledi
compact-confirm-interpreter = Bir tercüman açıkladı
compact-interpreter-reference = Tercümanın rezervasyon veya kart numarası
compact-understood = Kuralları anladım
compact-ask-question = Bir sorum var
compact-version = Sürüm { $version }
signature-title = Buraya imzalayın
signature-instructions = Kutunun içine parmağınızla imzalayın.
signature-clear = Temizle
signature-confirm = İmzayı onayla
signature-witness = Memur: gözaltındaki kişinin imzaladığını gördüğünüzü onaylayın.
signature-witness-button = Bu imzaya tanık oldum
signature-saved = İmza kaydedildi.
call-title = Görüntülü görüşme
call-waiting = Arayanın katılması bekleniyor…
call-caller-joined = Arayan katıldı.
call-check-adult = Kabul etmeden önce aranan kişinin yetişkin olduğunu kontrol edin.
call-admit = Arayanı kabul et
call-refuse-not-adult = Yetişkin değil — kabul etme
call-mute = Sesi kapat
call-unmute = Sesi aç
call-camera-off = Kamerayı kapat
call-camera-on = Kamerayı aç
call-end = Görüşmeyi bitir
call-time-left = { $minutes ->
    [one] { $minutes } dakika kaldı
   *[other] { $minutes } dakika kaldı
}
call-reconnecting = Bağlantı koptu. Yeniden bağlanılıyor…
call-legal-unsupervised = Hukuki görüşme: görsel gözetim yok.
end-title = Görüşmeyi bitir
end-choose-reason = Görüşme neden bitiriliyor?
end-reason-recording = Görüşmeyi kaydetme veya yayımlama
end-reason-inappropriate-dress = Uygunsuz kıyafet
end-reason-abusive-language = Küfürlü veya hakaret içeren dil
end-reason-sexualised-behaviour = Cinsel davranış
end-reason-inappropriate-behaviour = Diğer uygunsuz davranışlar
end-reason-offensive-material = Yasa dışı veya rahatsız edici içerik gösterme
end-reason-unlawful-activity = Yasa dışı faaliyet
end-reason-security-risk = Merkezin güvenliği için risk
end-reason-concern-for-recipient = Görüşme veya arayanın güvenliği hakkında endişe
end-confirm = Görüşmeyi şimdi bitir
end-referral-note = Güvenlik birimine bir rapor gönderilir.
incident-title = Olay raporu
incident-what-happened = Ne oldu
incident-when = Ne zaman
incident-who-involved = Kimler dahildi
incident-submit = Raporu gönder
incident-saved = Rapor kaydedildi. Tablet çevrimiçi olduğunda gönderilecek.
suspension-title = Bildirim: görüntülü görüşmeler askıya alındı
suspension-body = { $name }, görüntülü görüşmelere erişiminiz { $from } tarihinden { $until } tarihine kadar askıya alındı.
suspension-reasons = Nedenler: { $reasons }.
suspension-reason-security = merkezin güvenliği için
suspension-reason-safety = birinin güvenliği için
suspension-reason-breach = görüntülü görüşme kurallarının ihlali
suspension-appeal = Bu karara itiraz edebilirsiniz. İtirazınız { $hours } saat içinde karara bağlanacaktır.
suspension-legal-access = Hukuk danışmanınızla başka yollarla iletişim kurmaya devam edebilirsiniz.
suspension-review = Bu askıya alma { $date } tarihinde gözden geçirilecek.
language-title = Dil
language-choose = Bir dil seçin
language-option = { $native } — { $english }
sync-online = Çevrimiçi
sync-offline = Çevrimdışı — çalışmanız bu tablette kayıtlı
sync-pending = { $count ->
    [one] { $count } kayıt gönderilmeyi bekliyor
   *[other] { $count } kayıt gönderilmeyi bekliyor
}
sync-last = Son gönderim: { $time }
sync-now = Şimdi gönder
sync-failed = Merkez sunucusuna ulaşılamadı. Çalışmanız güvende; daha sonra gönderilecek.
error-network = Ağ yok. Çalışmanız kaydedildi ve daha sonra gönderilecek.
error-camera = Kamera çalışmıyor. Başka bir uygulamanın kullanmadığından emin olun.
error-microphone = Mikrofon çalışmıyor. Sessize alınmadığından emin olun.
error-storage = Tablet neredeyse dolu. Bir yöneticiye söyleyin.
error-try-again = Bir sorun oluştu. Tekrar deneyin.
caller-title = Görüntülü görüşmeye katılın
caller-code = Katılım kodu
caller-code-help = Görüşme ayrılırken size verilen kodu yazın.
caller-join = Katıl
caller-code-wrong = Bu kod doğru değil veya görüşme henüz başlamadı. Kodu ve saati kontrol edin.
caller-camera-preview = Kameranız
caller-allow-camera = Bu sayfanın kameranızı ve mikrofonunuzu kullanmasına izin verin.
caller-adult-notice = Memur sizi içeri almadan önce yetişkin olduğunuzu kontrol edecek.
caller-waiting = Memurun sizi içeri alması bekleniyor…
caller-recording-forbidden = Bu görüşmeyi hiçbir şekilde kaydetmeyin.
caller-call-ended = Görüşme sona erdi.
caller-ended-by-officer = Memur görüşmeyi bitirdi.
caller-leave = Görüşmeden ayrıl
