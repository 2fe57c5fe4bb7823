from django.contrib.auth import views as auth_views
from django.urls import path

from . import ui_views

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", ui_views.queue, name="ui-queue"),
    path("articles/new/", ui_views.article_new, name="ui-article-new"),
    path("articles/<int:pk>/", ui_views.article_detail, name="ui-article"),
    path("claims/<int:pk>/", ui_views.claim_detail_redirect, name="ui-claim"),
    path("claims/<int:pk>/panel/", ui_views.claim_panel, name="ui-claim-panel"),
    path("claims/<int:pk>/review/", ui_views.claim_review_view, name="ui-claim-review"),
    path("reviewers/<str:username>/", ui_views.reviewer_detail, name="ui-reviewer"),
    path("me/", ui_views.me, name="ui-me"),
]
