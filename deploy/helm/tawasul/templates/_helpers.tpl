{{/* Labels every object of a release carries. */}}
{{- define "tawasul.labels" -}}
app.kubernetes.io/name: tawasul
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* The Secret the pods read their configuration from: this chart's, or the one named in existingSecret. */}}
{{- define "tawasul.secretName" -}}
{{ if .Values.existingSecret }}{{ .Values.existingSecret }}{{ else }}{{ .Release.Name }}-tawasul{{ end }}
{{- end }}

{{/* The attachments volume, shared by the servers and the worker. */}}
{{- define "tawasul.dataVolume" -}}
- name: data
{{- if .Values.persistence.enabled }}
  persistentVolumeClaim:
    claimName: {{ .Release.Name }}-tawasul-data
{{- else }}
  emptyDir: {}
{{- end }}
{{- end }}

{{/* The image's user (see the Dockerfile). */}}
{{- define "tawasul.podSecurity" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
{{- end }}
